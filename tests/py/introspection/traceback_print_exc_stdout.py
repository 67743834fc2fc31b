# traceback.print_exc(file=sys.stdout), with sys.stdout replaced by a writer that
# hides the script's path.
import sys
import traceback

HERE = __file__
real = sys.stdout


class Scrub:
    def write(self, s):
        return real.write(s.replace(HERE, "HERE"))

    def flush(self):
        real.flush()


def fail():
    raise LookupError("not here")


sys.stdout = Scrub()
try:
    fail()
except LookupError:
    traceback.print_exc(file=sys.stdout)
print("after")
sys.stdout = real
print(sys.stdout is real)
