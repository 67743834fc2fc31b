# from package import * imports the submodules that the package's __all__ lists.
import sys
sys.path.insert(0, "_lib")
before = set(dir())
from starpkg import *
print(sorted(set(dir()) - before - {"before"}))
print(TOP, part.PART, part.__name__)
print("starpkg.part" in sys.modules, "starpkg.unlisted" in sys.modules)
