# A circular from-import that fails propagates out of both modules; neither stays
# in sys.modules.
import sys
sys.path.insert(0, "_lib")
try:
    import circ_e
except ImportError as e:
    print(type(e).__name__, str(e).rpartition(" (")[0])
    print(e.name)
print("circ_e" in sys.modules, "circ_f" in sys.modules)
