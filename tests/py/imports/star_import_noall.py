# from m import * without __all__: every name not starting with "_", including
# modules the module imported.
import sys
sys.path.insert(0, "_lib")
before = set(dir())
from star_noall import *
print(sorted(set(dir()) - before - {"before"}))
print(one, three_, math.sqrt(16))
