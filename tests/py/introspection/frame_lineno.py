# f_lineno of a frame object read after execution moved on: it is the line being
# run now (for the current frame) or the last line run (for a finished frame).
import sys


def current():
    fr = sys._getframe()
    a = 1
    b = 2
    return fr.f_lineno


print(current())


def keep():
    fr = sys._getframe()
    y = 1
    return fr


kept = keep()
print(kept.f_lineno, kept.f_code.co_name)
top = sys._getframe()
x = 1
print(top.f_lineno)


def lines():
    out = [sys._getframe().f_lineno]
    out.append(sys._getframe().f_lineno)
    x = (
        sys._getframe().f_lineno
    )
    out.append(x)
    for i in range(2):
        out.append(sys._getframe().f_lineno)
    return out


print(lines())


def caller_line():
    return sys._getframe(1).f_lineno


print(caller_line(), caller_line())
v = [caller_line(),
     caller_line()]
print(v)
