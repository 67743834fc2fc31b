# __import__: returns the top-level package unless fromlist is given.
import sys
sys.path.insert(0, "_lib")
top = __import__("geo.sub.deep")
print(top.__name__, top.sub.deep.__name__)
leaf = __import__("geo.sub.deep", fromlist=["make"])
print(leaf.__name__)
sub = __import__("geo.sub", globals(), locals(), ["sibling"], 0)
print(sub.__name__, sub.sibling.__name__)
print(__import__("sys") is sys)
import builtins
print(builtins.__import__ is __import__)
