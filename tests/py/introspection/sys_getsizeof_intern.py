# getsizeof returns a positive int (the value is implementation-specific);
# intern returns the same string object.
import sys
for obj in (0, 1.5, "abc", [], [1, 2, 3], {}, (), None, object()):
    n = sys.getsizeof(obj)
    print(type(obj).__name__, type(n).__name__, n > 0)
print(sys.getsizeof([], 7) > 0)
a = "".join(["dyn", "amic"])
b = "".join(["dyn", "amic"])
ia = sys.intern(a)
print(ia == "dynamic", sys.intern(b) is ia, sys.intern(ia) is ia)
try:
    sys.intern(b"x")
except TypeError as e:
    print(type(e).__name__, e)
