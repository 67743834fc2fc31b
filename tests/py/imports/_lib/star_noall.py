import sys as _sys_hidden
import math
one = 1
_two = 2
__dunder = 3
three_ = 3
