# contextlib.ExitStack: enter_context, push (callables and objects with __exit__),
# callback with arguments, LIFO order, pop_all, close, suppression by a callback,
# chaining of exceptions raised by several exit callbacks, and the TypeError for
# objects that are not context managers.
from contextlib import ExitStack, contextmanager, suppress

order = []


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        order.append("enter " + self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        order.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    print(names)
print(order)

order.clear()
with ExitStack() as stack:
    stack.callback(order.append, "cb1")
    ret = stack.callback(lambda *a, **k: order.append(("cb2", a, k)), 1, 2, x=3)
    print(callable(ret))
    stack.push(lambda et, ev, tb: order.append(("push", et)))
    r = Res("r")
    print(stack.push(r) is r)
print(order)

# A callback suppressing an exception.
order.clear()
with ExitStack() as stack:
    stack.push(lambda et, ev, tb: order.append(("outer sees", et)))
    stack.push(lambda et, ev, tb: True)
    stack.push(lambda et, ev, tb: order.append(("inner sees", et)))
    raise KeyError("k")
print(order)

# pop_all transfers the callbacks; close runs them.
order.clear()
with ExitStack() as stack:
    stack.callback(order.append, "one")
    stack.callback(order.append, "two")
    saved = stack.pop_all()
print("after with:", order)
saved.close()
print("after close:", order)
saved.close()
print("second close:", order)


# Exceptions raised by several callbacks are chained.
def raiser(exc):
    def cb():
        raise exc
    return cb


# (__exit__ is called by hand: see the report on exceptions leaving __exit__.)
try:
    stack = ExitStack()
    stack.callback(raiser(ValueError("first registered")))
    stack.callback(raiser(IndexError("second registered")))
    try:
        raise KeyError("body")
    except KeyError as body:
        stack.__exit__(KeyError, body, body.__traceback__)
except Exception as e:
    chain = []
    while e is not None:
        chain.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    print(" <- ".join(chain))

# Suppressing after a callback raised: the later exception is dropped.
try:
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        stack.callback(raiser(TypeError("t")))
    print("suppressed the callback error")
except TypeError as e:
    print("not suppressed", e)

# Exit result: True only when an exception came in and was suppressed.
s = ExitStack()
s.push(lambda *exc: True)
print(s.__exit__(None, None, None))
s = ExitStack()
s.push(lambda *exc: True)
print(s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
print(s.__exit__(ValueError, ValueError("x"), None))

# enter_context with something that is not a context manager.
with ExitStack() as stack:
    try:
        stack.enter_context(42)
    except TypeError as e:
        print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return self


with ExitStack() as stack:
    try:
        stack.enter_context(OnlyEnter())
    except TypeError as e:
        print("TypeError", e)


# A generator-based manager inside the stack.
@contextmanager
def gen_cm(label):
    order.append("gen enter " + label)
    try:
        yield label
    except ZeroDivisionError:
        order.append("gen swallowed")
    order.append("gen exit " + label)


order.clear()
with ExitStack() as stack:
    print(stack.enter_context(gen_cm("g")))
    stack.enter_context(suppress(IndexError))
    [][1]
print(order)
order.clear()
with ExitStack() as stack:
    stack.enter_context(gen_cm("h"))
    1 / 0
print(order)

# Exceptions raised inside an except block: context chaining stops at the handled one.
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser(ValueError("cb")))
            raise KeyError("inner")
except ValueError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)

# The callback wrapper remembers the original callable.
with ExitStack() as stack:
    def f():
        pass
    stack.callback(f)
    print(stack._exit_callbacks[-1][1].__wrapped__ is f)
