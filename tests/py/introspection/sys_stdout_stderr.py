# sys.stdout.write returns the number of characters; flush returns None;
# stderr.write returns a count too (the text goes to stderr, nothing shown here).
import sys
n = sys.stdout.write("abc\n")
print(n)
print(sys.stdout.write("héllo\n"))
print(sys.stdout.flush())
print(sys.stderr.write(""), sys.stderr.flush())
print(callable(sys.stdout.write), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.write(""))
print("x", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
