# __import__ with level=1 resolves against globals()["__package__"].
import sys
sys.path.insert(0, "_lib")
import geo
rel = __import__("sub", {"__package__": "geo", "__name__": "geo.x"}, None, ["SUB"], 1)
print(rel.__name__, rel.SUB)
pkg = __import__("", {"__package__": "geo.sub", "__name__": "geo.sub.x"}, None, ["sibling"], 1)
print(pkg.__name__, pkg.sibling.SIB)
up = __import__("util", {"__package__": "geo.sub", "__name__": "geo.sub.x"}, None, ["double"], 2)
print(up.__name__, up.double(5))
