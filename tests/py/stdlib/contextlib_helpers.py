# contextlib helpers: closing, suppress, nullcontext, redirect_stdout/redirect_stderr
# (via sys.stdout.write / print(file=...)), AbstractContextManager (default __enter__,
# abstract __exit__, structural isinstance checks) and ContextDecorator.
import sys
from contextlib import (closing, suppress, nullcontext, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


t = Thing()
with closing(t) as x:
    print(x is t, t.closed)
print(t.closed)
t = Thing()
try:
    with closing(t):
        raise ValueError
except ValueError:
    print("closed after error:", t.closed)

with suppress(KeyError, IndexError):
    {}[1]
print("after KeyError")
with suppress(LookupError):
    [][0]
print("after IndexError (subclass)")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass
try:
    with suppress():
        raise TypeError("t")
except TypeError as e:
    print("empty suppress:", e)
s = suppress(ValueError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ValueError, None, None),
      s.__exit__(KeyError, None, None))

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
obj = object()
with nullcontext(obj) as n:
    print(n is obj)
print(isinstance(nullcontext(), AbstractContextManager))


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


buf = Buf()
real = sys.stdout
with redirect_stdout(buf) as target:
    print(target is buf, sys.stdout is buf, file=real)
    sys.stdout.write("to buffer\n")
    print("also buffer", file=sys.stdout)
print(sys.stdout is real, buf.parts)

ebuf = Buf()
real_err = sys.stderr
with redirect_stderr(ebuf):
    sys.stderr.write("err text")
print(sys.stderr is real_err, ebuf.parts)

# Reentrant use of the same redirect object.
b1 = Buf()
r = redirect_stdout(b1)
with r:
    with r:
        print(sys.stdout is b1, file=real)
    print(sys.stdout is b1, file=real)
print(sys.stdout is real)


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class NoExit:
    def __enter__(self):
        return self


class Blocked(Plain):
    __exit__ = None


print(isinstance(Plain(), AbstractContextManager),
      isinstance(NoExit(), AbstractContextManager),
      issubclass(Blocked, AbstractContextManager),
      issubclass(int, AbstractContextManager))


class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit", a[0])


m = MyCM()
with m as got:
    print(got is m)


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)


class Traced(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.label, et.__name__ if et else None)
        return False


@Traced("deco")
def add(a, b):
    """add two numbers"""
    print("in add")
    return a + b


print(add(2, 3), add.__name__, add.__doc__)
try:
    add(1, "x")
except TypeError as e:
    print("TypeError", e)
with Traced("with"):
    print("body")
