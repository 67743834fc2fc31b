# sys._getframe(0) and (1): code names, file, first line, local names, line numbers.
import sys


def callee(a, b=2):
    c = a + b
    fr = sys._getframe(0)
    co = fr.f_code
    print(co.co_name, co.co_filename.rsplit("/", 1)[-1], co.co_firstlineno, co.co_varnames)
    print(sys._getframe().f_lineno, fr.f_code is callee.__code__)
    up = sys._getframe(1)
    print(up.f_code.co_name, up.f_lineno)
    return c


def caller():
    x = 1
    return callee(x)


print(caller())
top = sys._getframe()
print(top.f_code.co_name, sys._getframe(0).f_lineno, top.f_back)
print(sys._getframe(0).f_code.co_filename == __file__)
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
