# contextlib.contextmanager: enter/exit order, the yielded value, exceptions raised in
# the block (propagated, suppressed, replaced), StopIteration and RuntimeError rules,
# "generator didn't yield"/"didn't stop"/"didn't stop after throw()", use as a
# decorator (fresh generator per call), wraps metadata and the docstring.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager

log = []


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)


with tag("b") as v:
    log.append(v)
print(log)
print(tag.__name__, tag.__doc__)
cm = tag("i")
print(type(cm).__name__, cm.__doc__)
print(isinstance(cm, AbstractContextManager), isinstance(cm, ContextDecorator))

# An exception propagates through a generator that doesn't catch it.
log.clear()
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", type(e).__name__, e, log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise


e0 = TypeError("same")
try:
    with reraise():
        raise e0
except TypeError as e:
    print("same object:", e is e0)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as x:
        print("x =", x)
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def yield_after_throw():
    try:
        yield
    except Exception:
        yield


try:
    with yield_after_throw():
        raise ValueError("v")
except RuntimeError as e:
    print("RuntimeError", e)


# StopIteration raised in the block comes out unchanged (not as RuntimeError).
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
except RuntimeError as e:
    print("wrong: RuntimeError", e)

# A RuntimeError raised in the block is re-raised as the same object.
r = RuntimeError("rt")
try:
    with plain():
        raise r
except RuntimeError as e:
    print("RuntimeError same:", e is r)


# A generator that returns after catching the exception suppresses it.
@contextmanager
def returns():
    try:
        yield
    except Exception:
        return


with returns():
    raise ValueError("gone")
print("suppressed by return")


# A generator raising a different exception while exiting normally.
@contextmanager
def fails_on_exit():
    yield
    raise OSError("exit failed")


try:
    with fails_on_exit():
        pass
except OSError as e:
    print("OSError", e)

# Used as a decorator: a fresh generator for every call.
calls = []


@contextmanager
def counted(label):
    calls.append("enter " + label)
    yield
    calls.append("exit " + label)


@counted("deco")
def work(a, b=2):
    """work doc"""
    calls.append("work %s %s" % (a, b))
    return a + b


print(work(1), work(3, b=4), work.__name__, work.__doc__)
print(calls)

# The manager object can be entered only once.
cm = counted("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError on reuse")


# The generator sees the exception with its traceback.
@contextmanager
def inspect_tb():
    try:
        yield
    except Exception as e:
        print("has traceback:", e.__traceback__ is not None)
        raise


try:
    with inspect_tb():
        {}["missing"]
except KeyError as e:
    print("KeyError", e)


# Nesting several managers in one with statement.
with tag("a") as a, tag("b") as b:
    print(a, b)
print(log[-2:])
