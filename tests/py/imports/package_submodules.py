# A package directory with __init__.py and submodules, nested sub-packages.
import sys
sys.path.insert(0, "_lib")
import geo
print(geo.__name__, geo.__package__, geo.INIT_NAME, geo.INIT_PACKAGE, geo.__doc__)
print(geo.Square(3).area(), geo.Square(3).perimeter(), geo.util.double(21))
print(sorted(k for k in sys.modules if k.startswith("geo")))
print(geo.shapes.SHAPES_PACKAGE, geo.shapes.UTIL_IS_SAME, geo.util.WHO)
print(hasattr(geo, "sub"))
import geo.sub
print(hasattr(geo, "sub"), geo.sub.SUB, geo.sub.__name__, geo.sub.__package__)
import geo.sub.deep
print(geo.sub.deep.DEEP_NAME, geo.sub.deep.make(2).area())
print(sys.modules["geo.sub.deep"] is geo.sub.deep, sys.modules["geo.sub"] is geo.sub)
import geo.sub.sibling as sib
print(sib.SIB, sib is geo.sub.sibling)
from geo.sub import deep as d2
print(d2 is geo.sub.deep)
from geo import shapes, Square
print(shapes.Square is Square)
print(type(geo.__path__).__name__, len(geo.__path__), geo.__path__[0].rsplit("/", 1)[-1])
print(geo.__file__.rsplit("/", 2)[-2:], geo.sub.deep.__file__.rsplit("/", 3)[-3:])
print(hasattr(geo.util, "__path__"), hasattr(geo.sub, "__path__"))
