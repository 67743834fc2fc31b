# A relative import in the main program (which has no package).
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .anything import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
