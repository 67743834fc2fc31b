# A plain .py module and a package found in the script's own folder (sys.path[0]),
# without touching sys.path.
import sys
import sibling_module
print(sibling_module.VALUE, sibling_module.LOADED_AS, sibling_module.greet("x"))
print(sibling_module.__name__, sibling_module.__file__.rsplit("/", 1)[-1])
print(sys.modules["sibling_module"] is sibling_module)
import sibling_module as sm
print(sm is sibling_module)
from sibling_module import greet, VALUE as V
print(greet("y"), V, greet is sibling_module.greet)
import _sibpkg
print(_sibpkg.FROM_SIBLING_PACKAGE, _sibpkg.__name__)
import _sibpkg.mod
print(_sibpkg.mod.MOD, _sibpkg.mod.__name__, _sibpkg.mod.__package__)
print(_sibpkg.__file__.rsplit("/", 2)[-2:])
