# sys.modules is a plain dict of the loaded modules.
import sys
print(type(sys.modules).__name__, isinstance(sys.modules, dict))
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__, "builtins" in sys.modules)
print(all(isinstance(k, str) for k in sys.modules))
import math
print(sys.modules["math"] is math, sys.modules.get("not_loaded_module"))
