# ModuleNotFoundError for missing top-level modules, submodules and non-packages.
import sys
sys.path.insert(0, "_lib")
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
    print(isinstance(e, ImportError), e.args)
try:
    import geo.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print("geo" in sys.modules)
try:
    import plainmod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from nope.deeper import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nope_a.b.c
except ImportError as e:
    print(type(e).__name__, e)
print(ModuleNotFoundError.__mro__[1].__name__)
