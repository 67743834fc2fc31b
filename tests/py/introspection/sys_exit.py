# sys.exit raises SystemExit; caught here.
import sys
for arg in [(), (0,), (2,), ("msg",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args, type(e).__name__)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not reached")
except SystemExit as e:
    print("SystemExit passes Exception handlers", e.code)
try:
    sys.exit(5)
except BaseException as e:
    print(type(e).__name__, e)
