# f_locals is a snapshot dict of the frame's locals; f_globals is the module dict.
import sys

G = "global"


def f(p, q=5):
    r = p * q
    loc = sys._getframe().f_locals
    print(sorted(loc.items()))
    s = 1
    print(sorted(sys._getframe().f_locals))
    print(sys._getframe().f_globals is globals(), sys._getframe().f_globals["G"])
    return sys._getframe()


fr = f(3)
print(sys._getframe().f_locals is globals(), sys._getframe().f_globals is globals())


def outer():
    cell = "closed"

    def inner():
        return sys._getframe().f_locals

    return inner()


print(outer())


def caller_locals():
    return sys._getframe(1).f_locals["secret"]


def holder():
    secret = 123
    return caller_locals()


print(holder())
print(type(fr.f_locals).__name__)
