# sys.exc_info and sys.exception-free forms inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1].args


print(handler(), sys.exc_info()[0])
