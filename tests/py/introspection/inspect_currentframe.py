# inspect.currentframe() is the caller's frame.
import inspect
import sys


def inner():
    fr = inspect.currentframe()
    print(fr.f_code is sys._getframe().f_code, fr.f_code.co_name, fr.f_back.f_code.co_name)


inner()
