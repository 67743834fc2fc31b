# PEP 562: a module-level __dir__ is what dir(module) returns (sorted).
import sys
sys.path.insert(0, "_lib")
import modgetattr
print(dir(modgetattr))
