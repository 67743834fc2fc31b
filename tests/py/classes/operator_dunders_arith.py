# Arithmetic operator overloading on a vector class
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, a * b, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), ~a, a @ b, a & b, a | b, a ^ b, a << 2, a >> 1)
print(divmod(a, 2), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
print(a + b * 3 - Vec(1, 1), (a + b) * (a - b))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(Money(150) + Money(275))
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    -Money(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
