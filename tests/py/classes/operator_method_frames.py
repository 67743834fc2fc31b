# Operator methods written in Python run in frames of their own pushed by the
# operator instruction; every outcome of the operator protocol must survive that.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        return NotImplemented

    def __mul__(self, other):
        # The operator's caller is the frame below this one.
        return sys._getframe(1).f_code.co_name

    def __truediv__(self, other):
        raise ValueError("no division for V")

    def __mod__(self, other):
        # A generator function as an operator method: the call makes a generator.
        yield self.x % other

    def __repr__(self):
        return f"V({self.x})"


class R:
    def __radd__(self, other):
        return ("R.__radd__", other)

    def __rsub__(self, other):
        return "R.__rsub__"


def caller():
    return V(1) * V(2)


print(V(1) + V(2), V(3) + 4)
print(V(1) + R())  # forward returns NotImplemented, the reflected method answers
print(V(1) - R())
print(caller())
print(list(V(7) % 4))

for expr in (lambda: V(1) - V(2), lambda: V(1) + "s", lambda: V(1) - 3.5):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)

try:
    V(1) / V(2)
except ValueError:
    tb = traceback.format_exc().splitlines()
    for line in tb:
        if line.strip().startswith("File"):
            print(line.strip().split(", ", 1)[1])
    print(tb[-1])


class Deep:
    def __add__(self, other):
        return self + other


try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)


# Operands stay alive under the method's frame while it allocates heavily.
class Acc:
    def __init__(self, items):
        self.items = items

    def __add__(self, other):
        junk = [[i] * 10 for i in range(2000)]
        return Acc(self.items + other.items + [len(junk)])


a = Acc([1])
for i in range(5):
    a = a + Acc([i])
print(a.items)


# A subclass with its own reflected method is asked first.
class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


print(V(1) + W(2))


# Inside try/except in the caller, a failing method unwinds to the caller's handler.
def guarded(p, q):
    try:
        return p / q
    except ValueError as e:
        return "caught " + str(e)


print(guarded(V(1), V(2)))
total = V(0)
for i in range(1000):
    total = total + V(i)
print(total)


# `TOS op local.attr` runs as one fused instruction; its failures are ordinary.
def attr_sum(p, q):
    return p.x + q.x


print(attr_sum(V(2), V(3)), attr_sum(V(V(1)), V(V(2))))
for args in ((V(1), 5), (V("s"), V(2))):
    try:
        attr_sum(*args)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def unbound_attr(p):
    if p is None:
        q = p
    return p.x * q.x


try:
    unbound_attr(V(2))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
