# sys.modules caches modules: repeated imports return the same object.
import sys
sys.path.insert(0, "_lib")
print(type(sys.modules).__name__, sys.modules["sys"] is sys)
print("plainmod" in sys.modules)
import plainmod
print("plainmod" in sys.modules, sys.modules["plainmod"] is plainmod)
import plainmod as again
print(again is plainmod)
plainmod.X = 99
import plainmod
print(plainmod.X)
print("__main__" in sys.modules, sys.modules["__main__"].__dict__ is globals())
print("builtins" in sys.modules, sys.modules["builtins"].len is len)
