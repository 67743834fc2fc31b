# Relative-import failures: beyond the top-level package, a missing name in a
# package.
import sys
sys.path.insert(0, "_lib")
try:
    import geo.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    import geo.sub.relmissing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print("geo.sub.relmissing" in sys.modules, "geo.sub.too_far" in sys.modules)
