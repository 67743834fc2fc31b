# Module attributes: __name__, __package__, __file__, __doc__, __dict__, dir().
import sys
sys.path.insert(0, "_lib")
import plainmod
import geo
import geo.util
print(plainmod.__name__, repr(plainmod.__package__), plainmod.__doc__)
print(plainmod.__file__.rsplit("/", 1)[-1], geo.util.__file__.rsplit("/", 2)[-2:])
print(geo.__name__, geo.__package__, geo.__doc__)
print(geo.util.__name__, geo.util.__package__)
print(plainmod.__dict__["X"], "X" in dir(plainmod), "__name__" in dir(plainmod))
print(type(plainmod).__name__, type(plainmod) is type(sys))
print(repr(plainmod).startswith("<module 'plainmod' from '"), repr(plainmod).endswith("plainmod.py'>"))
print(repr(sys))
plainmod.added = 5
print(plainmod.added, vars(plainmod)["added"])
del plainmod.added
print(hasattr(plainmod, "added"))
try:
    plainmod.nothing
except AttributeError as e:
    print(type(e).__name__, e)
