# CPython 3.11 marks the failing part of a line with ^ and ~ in tracebacks.
import traceback

HERE = __file__


def show():
    print(traceback.format_exc().replace(HERE, "HERE"), end="")


def sub(d):
    return d["missing"]


def add(n):
    return sub(n) + 1


try:
    add({})
except KeyError:
    show()
try:
    x = 1 / 0
except ZeroDivisionError:
    show()
try:
    value = [1, 2][5]
except IndexError:
    show()
try:
    print(len(5))
except TypeError:
    show()
