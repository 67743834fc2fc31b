# from m import * honours __all__ (including _names listed there).
import sys
sys.path.insert(0, "_lib")
before = set(dir())
from star_all import *
print(sorted(set(dir()) - before - {"before"}))
print(alpha, _beta, Gamma.__name__)
print("delta" in dir())
from star_tupleall import *
print(t1, "t2" in dir())
try:
    from star_badall import *
except AttributeError as e:
    print(type(e).__name__, e)
print("here" in dir())
