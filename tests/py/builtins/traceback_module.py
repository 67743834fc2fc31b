# The bundled traceback module: formats match CPython's (paths replaced, since
# they depend on where the suite runs).
import sys
import traceback

HERE = __file__


def show(text):
    print(text.replace(HERE, "HERE"), end="")


def inner(n):
    raise ValueError("bad value %d" % n)


def outer():
    inner(3)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    show(text)
    print(text.splitlines()[-1], len(text.splitlines()))

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise OSError("second")
except OSError as e:
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    show("".join(traceback.format_exception(e, chain=False)))


def where():
    show("".join(traceback.format_stack()))
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack()]


print(where())
try:
    outer()
except ValueError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line, fs.filename == HERE)
    show("".join(traceback.format_tb(e.__traceback__, limit=1)))
    show("".join(traceback.format_list(traceback.extract_tb(e.__traceback__))[-1:]))
print(traceback.format_exception_only(ValueError("x")))


class MyErr(Exception):
    pass


print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception(None))
