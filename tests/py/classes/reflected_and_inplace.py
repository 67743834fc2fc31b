# Reflected (__radd__ etc.) and in-place (__iadd__ etc.) operators
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        print("  __add__", self, o)
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", self, o)
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * o)
    __rmul__ = __mul__
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(10 - Num(3), Num(10) - 3, 3 * Num(4), Num(4) * 3, 1 / Num(4), 2 ** Num(10))
print(sum([Num(1), Num(2), Num(3)]))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __repr__(self):
        return f"Acc({self.items})"
acc = Acc()
alias = acc
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc, alias is acc)
n = Num(5)
before = n
n += 1
print(n, before, n is before)
n -= 2; n *= 10
print(n)
class Sub(Num):
    def __radd__(self, o):
        print("  Sub.__radd__ preferred")
        return Sub(o.v * 100 + self.v)
print(Num(1) + Sub(2))
NoReflect = type("NoReflect", (), {})
try:
    5 + NoReflect()
except TypeError as e:
    print("TypeError:", e)
try:
    NoReflect() * 2
except TypeError as e:
    print("TypeError:", e)
x = [1]
x += (2, 3)
print(x)
try:
    x = x + (2,)
except TypeError as e:
    print("TypeError:", e)
