"""The geo package."""
from .shapes import Square
from . import util
INIT_NAME = __name__
INIT_PACKAGE = __package__
