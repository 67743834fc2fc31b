# traceback.print_stack(file=sys.stdout), with sys.stdout replaced by a writer that
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


def f():
    traceback.print_stack(file=sys.stdout)


sys.stdout = Scrub()
f()
sys.stdout = real
