from .util import double
from . import util as _u


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return double(double(self.side))


SHAPES_PACKAGE = __package__
UTIL_IS_SAME = _u.double is double
