# traceback with limit=0: no stack entries and no "Traceback" header line.
import traceback

try:
    raise ValueError("x")
except ValueError:
    print(repr(traceback.format_exc(limit=0)))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


try:
    raise KeyError("k")
except KeyError as e:
    buf = Out()
    traceback.print_exc(limit=0, file=buf)
    print(repr("".join(buf.parts)))
    print(traceback.format_exception(e, limit=0))
