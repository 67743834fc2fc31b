# A directory without __init__.py is a namespace package.
import sys
sys.path.insert(0, "_lib")
import nspkg.inner.leaf
print(nspkg.inner.leaf.LEAF, nspkg.inner.leaf.__name__)
print(nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__ attr", list(nspkg.__path__)[0].rsplit("/", 1)[-1])
from nspkg.inner import leaf
print(leaf is nspkg.inner.leaf)
