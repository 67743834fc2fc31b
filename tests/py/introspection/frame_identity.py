# A frame is one object for its whole run: _getframe, f_back and tb_frame give
# the same object each time.
import sys


def f():
    a = sys._getframe()
    b = sys._getframe()
    print(a is b, sys._getframe(1) is sys._getframe(1))
    return a


fr = f()
print(fr.f_back is sys._getframe())


def g():
    raise ValueError("v")


try:
    g()
except ValueError as e:
    print(e.__traceback__.tb_frame is sys._getframe())
