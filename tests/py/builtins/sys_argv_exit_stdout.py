# The small part of sys used by the suite: argv, exit (caught), stdout.write, setrecursionlimit
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_exit_stdout.py"), type(sys.argv).__name__)
n = sys.stdout.write("direct write\n")
print("returned", n)
sys.stdout.write("no newline;")
sys.stdout.write(" continued\n")
for code in [None, 0, 3, "message"]:
    try:
        if code is None:
            sys.exit()
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit caught:", repr(e.code), e.args, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
def cleanup():
    try:
        sys.exit(5)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("after finally:", e.code)
sys.setrecursionlimit(3000)
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(2500))
print(sys.stdout is not None, callable(sys.stdout.write))
