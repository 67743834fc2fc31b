from .. import util
from ..shapes import Square
from . import sibling
from .sibling import SIB
from ..util import WHO as UTIL_WHO
from . import SUB as SUB_FROM_INIT

DEEP_PACKAGE = __package__
DEEP_NAME = __name__


def make(n):
    return Square(util.double(n))
