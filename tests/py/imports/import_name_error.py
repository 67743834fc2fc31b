# `from m import missing`: ImportError with its name; the message ends with the
# module's file in parentheses.
import sys
sys.path.insert(0, "_lib")
try:
    from plainmod import missing
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg.split(" (")[0])
    print(msg.rsplit("/", 1)[-1], e.name)
try:
    from geo import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
    print(str(e).rsplit("/", 2)[-2:])
try:
    from sys import missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
