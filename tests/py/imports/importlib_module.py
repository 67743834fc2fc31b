# importlib.import_module: absolute, dotted, relative with package=.
import importlib
import sys
sys.path.insert(0, "_lib")
m = importlib.import_module("geo")
print(m.__name__, m is sys.modules["geo"])
deep = importlib.import_module("geo.sub.deep")
print(deep.__name__, deep is sys.modules["geo.sub.deep"])
print(importlib.import_module(".sibling", "geo.sub").SIB)
print(importlib.import_module(".util", package="geo").__name__)
print(importlib.import_module("..shapes", package="geo.sub").__name__)
print(importlib.import_module(".", package="geo.sub").__name__)
print(importlib.import_module("sys") is sys)
try:
    importlib.import_module("...x", package="geo.sub")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".nope", package="geo")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module("nope")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
