# PEP 562: module-level __getattr__ for missing attributes.
import sys
sys.path.insert(0, "_lib")
import modgetattr
print(modgetattr.present, modgetattr.lazy)
try:
    modgetattr.other
except AttributeError as e:
    print(type(e).__name__, e)
from modgetattr import lazy
print(lazy)
print(getattr(modgetattr, "other", "default"), hasattr(modgetattr, "lazy"))
