# traceback.format_exc and format_exception; paths replaced by HERE.
import sys
import traceback

HERE = __file__


def show(s):
    print(s.replace(HERE, "HERE"), end="")


def deep(n):
    if n == 0:
        raise ArithmeticError("bottom")
    deep(n - 1)


try:
    deep(2)
except ArithmeticError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
print(repr(traceback.format_exc()))
try:
    int("x")
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(type(lines).__name__, len(lines))
    show("".join(lines))
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
