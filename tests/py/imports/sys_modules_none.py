# None in sys.modules blocks the import with ModuleNotFoundError.
import sys
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("blocked" in sys.modules, sys.modules["blocked"])
