# importlib.import_module: absolute, relative with package=, and its errors.
# The package lives in _mods/ (the suite runs each program from its folder).
import importlib
import sys

sys.path.insert(0, "_mods")
m = importlib.import_module("pkg.sub.leaf")
print(m.Z, m.__name__, "pkg.sub" in sys.modules, m is sys.modules["pkg.sub.leaf"])
o = importlib.import_module("..other", "pkg.sub")
print(o.W, o.__name__)
l = importlib.import_module(".leaf", package="pkg.sub")
print(l is m)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("nope_mod")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    importlib.import_module("pkg.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(importlib.import_module("math").sqrt(4))
