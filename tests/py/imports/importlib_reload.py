# importlib.reload runs the module again in the same module object.
import importlib
import sys
sys.path.insert(0, "_lib")
import counted
print(counted.runs)
m = importlib.reload(counted)
print(m is counted, counted.runs)
