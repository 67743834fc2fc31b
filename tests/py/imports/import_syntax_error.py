# A SyntaxError in an imported module propagates with its location; the module is
# not left in sys.modules.
import sys
sys.path.insert(0, "_lib")
try:
    import badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.rsplit("/", 2)[-2:])
print("badsyntax" in sys.modules)
