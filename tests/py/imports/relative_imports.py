# from . import x, from .. import y, from .m import name, inside packages.
import sys
sys.path.insert(0, "_lib")
from geo.sub import deep
print(deep.DEEP_PACKAGE, deep.DEEP_NAME)
print(deep.util.__name__, deep.Square.__module__, deep.sibling.__name__)
print(deep.SIB, deep.UTIL_WHO, deep.SUB_FROM_INIT)
import geo
print(deep.util is geo.util, deep.Square is geo.Square)
print(sorted(k for k in sys.modules if k.startswith("geo")))
