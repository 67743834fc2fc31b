# print() writes to whatever sys.stdout is at the time of the call.
import contextlib
import io
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


c = Collect()
saved = sys.stdout
sys.stdout = c
print('a', 'b', sep='+', end='!\n')
print(1, 2, flush=True)
sys.stdout = saved
print(c.parts)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('inside', 3)
    print('more', end='')
print('outside', repr(buf.getvalue()))

sys.stdout = None
print('dropped')
sys.stdout = saved
print('back')
