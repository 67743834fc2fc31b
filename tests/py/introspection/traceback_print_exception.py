# traceback.print_exception to a file object, and chained exceptions.
import sys
import traceback

HERE = __file__


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def show(buf):
    print("".join(buf.parts).replace(HERE, "HERE"), end="")


try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    buf = Out()
    traceback.print_exception(e, file=buf)
    show(buf)
    buf = Out()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    show(buf)
try:
    try:
        raise IndexError("i")
    except IndexError:
        raise TypeError("during")
except TypeError as e:
    buf = Out()
    traceback.print_exception(e, file=buf)
    show(buf)
