# traceback.print_exc(file=...) inside a handler; file paths printed as the VM
# knows them are replaced by HERE. Every traceback line here is a whole statement,
# so CPython 3.11 prints no ^^^ markers.
import sys
import traceback

HERE = __file__


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def fail(d):
    raise KeyError("missing")


def run():
    fail({})


try:
    run()
except KeyError:
    buf = Out()
    traceback.print_exc(file=buf)
    print("".join(buf.parts).replace(HERE, "HERE"), end="")
try:
    raise ValueError("no args")
except ValueError:
    buf = Out()
    traceback.print_exc(limit=-1, file=buf)
    print("".join(buf.parts).replace(HERE, "HERE"), end="")
