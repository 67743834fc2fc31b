# dir(module) lists the module's namespace only (not the module type's methods).
# __cached__, __loader__ and __spec__ are left out of the comparison.
import sys
sys.path.insert(0, "_lib")
import plainmod
print([n for n in dir(plainmod) if n not in ("__cached__", "__loader__", "__spec__")])
print("__getattribute__" in dir(plainmod), "__repr__" in dir(plainmod))
