# Module attributes read in a loop see later rebinding and deletion.
import math
import sys
def f():
    s = 0.0
    for i in range(5):
        s += math.sqrt(i)
    return s
print("%.6f" % f(), math.pi, sys.maxsize > 0)
math.sqrt = lambda x: -1.0
print(f())
del math.sqrt
try:
    f()
except AttributeError as e:
    print("AttributeError:", e)
print(math.__name__, type(math.__dict__).__name__)
