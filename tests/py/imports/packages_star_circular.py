# Packages, relative imports (and one beyond the top level), `from m import *`
# with and without __all__, a circular import, and the import errors with their
# `name` attribute.
import sys
sys.path.insert(0, "_mods")  # the modules this program imports
from star_all import *
print(pub, _hidden_but_listed, "other" in dir())
from star_noall import *
print(pub, "_private" in dir())
import circ_a
print(circ_a.use(), circ_a.A)
import pk
print(pk.f1(), pk.VALUE, pk.mod2.f2(), pk.__name__, pk.mod2.__name__, pk.mod2.__package__, pk.__package__)
try:
    import nope_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pk import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pk.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from star_all import nope2
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import pk.mod1 as m1
print(m1.__name__, "pk.mod1" in sys.modules, sys.modules["pk"] is pk)
print(__name__)
try:
    import pk.bad
except ImportError as e:
    print(type(e).__name__, e)
print(pk.__file__.endswith("_mods/pk/__init__.py"), pk.__file__.startswith("/"))
