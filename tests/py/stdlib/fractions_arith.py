# fractions: arithmetic of Fraction with Fraction, int, bool, float and complex
# in both operand orders (+ - * / // % divmod **), unary operators, abs, int,
# float, complex, math.floor/ceil/trunc, round with and without ndigits,
# comparisons (also against floats, inf and nan), equality, hashing (equal to
# equal ints and floats), bool, sorting, copy/deepcopy, subclass results,
# numbers ABC membership and the TypeErrors for unsupported operands.
from fractions import Fraction as F
import math
import copy
import numbers


def attempt(f, *args):
    try:
        r = f(*args)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(b + a, b - a, b * a, b / a, b // a, b % a, divmod(b, a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, a // 7)
print(a + True, True - a, F(7, 2) % 2, 7 % F(3, 2), divmod(7, F(3, 2)), divmod(F(7, 2), 2))
print(a + 0.5, 0.5 + a, a * 2.0, 1.0 / a, a - 0.25, 10.0 // F(3), F(7, 2) % 1.5, divmod(F(7, 2), 1.5))
print(a + 1j, 1j * a, a / (1 + 1j), (2 + 0j) - a)
print(repr(a + 2), repr(a * 0), repr(F(1, 2) + F(1, 2)), repr(F(3, 4) - F(3, 4)))
print(repr(F(5, 6) + F(1, 6)), repr(F(1, 6) * F(3, 2)), repr(F(2, 3) / F(4, 9)))
print(F(10 ** 20 + 1, 3) * F(3, 10 ** 20 + 1), F(2, 3) / F(-4, 9), F(-2, 3) / F(-4, 9))

# powers
print(F(2, 3) ** 3, F(2, 3) ** -3, F(-2, 3) ** -3, F(-2, 3) ** 2, F(5) ** 0, F(0) ** 0)
print(F(4, 9) ** F(1, 2), F(8) ** F(1, 3), F(2) ** 0.5, F(4) ** F(2), F(2, 3) ** F(-2))
print(2 ** F(3), 2 ** F(-2), 2 ** F(1, 2), 4 ** F(1, 2), 2.0 ** F(2), (-8) ** F(1, 3) == (-8) ** (1 / 3))
print(F(3) ** True, True ** F(2), 1j + F(1, 2), F(2) ** 1j == 2 ** 1j)
attempt(pow, F(0), -1)
attempt(pow, F(0), F(-2))

# division by zero and unsupported operands
attempt(lambda: a / 0)
attempt(lambda: a // F(0))
attempt(lambda: a % 0)
attempt(lambda: 1 / F(0))
attempt(lambda: divmod(a, 0))
attempt(lambda: a / 0.0)
attempt(lambda: a + 'x')
attempt(lambda: 'x' - a)
attempt(lambda: a + [1])
attempt(lambda: a // 1j)
attempt(lambda: a < 1j)
attempt(lambda: a < 'x')
attempt(lambda: a @ a)

# unary and conversions
c = F(-7, 2)
print(-c, +c, abs(c), repr(-F(0)), int(c), int(F(7, 2)), float(c), complex(c), bool(c), bool(F(0)))
print(math.floor(c), math.ceil(c), math.trunc(c), math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(7, 2)))
print(float(F(1, 3)), float(F(10 ** 30, 3)), float(F(2 ** 80 + 1, 2 ** 79)), float(F(1, 10 ** 320)))
print(float(F(576460752303423488, 12009599006321323)), float(F(10 ** 40, 10 ** 39 + 1)))
attempt(lambda: F(10 ** 400).__float__())
print(round(F(1, 2)), round(F(3, 2)), round(F(5, 2)), round(F(-1, 2)), round(F(-3, 2)), round(F(7, 3)), round(F(-7, 3)))
print(round(F(12345, 1000), 2), round(F(12345, 1000), 0), round(F(12345, 1), -2), round(F(-15, 1), -1), round(F(25, 1), -1))
print(repr(round(F(1, 3), 3)), repr(round(F(7, 2))), type(round(F(7, 2), 0)).__name__)

# comparisons
print(a < b, a > b, a <= F(1, 3), a >= F(2, 6), a == F(2, 6), a != F(1, 3))
print(F(1, 2) == 0.5, F(1, 2) < 0.6, F(1, 3) < 1 / 3, F(1, 3) > 1 / 3, F(1, 3) == 1 / 3)
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == float('nan'), F(1, 2) < float('nan'), F(1, 2) != float('inf'))
print(F(2) == 2, 2 == F(2), F(2) == 2.0, F(2) == 2 + 0j, F(2) == 2 + 1j, F(1) == True, F(0) == False)
print(F(1, 2) < 1, 0 < F(1, 2), F(5, 2) > 2, F(5, 2) >= 3, 1.5 < F(5, 3), F(1, 2) == 'x', F(1, 2) != None)
print(sorted([F(1, 2), 0.3, 2, F(-1, 3), True, 0, F(7, 5)]), max(F(1, 3), 0.33), min(F(1, 3), 0.34))

# hashing agrees with equal ints and floats
for x in [F(0), F(1), F(-1), F(5), F(1, 2), F(-1, 2), F(3, 4), F(2 ** 70), F(1, 3), F(-2, 3), F(10 ** 30, 7)]:
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(-5, 4)) == hash(-1.25), hash(F(10 ** 25)) == hash(10 ** 25))
print(hash(F(1, 2 ** 61 - 1)), hash(F(-1, 2 ** 61 - 1)), hash(F(-1)) == hash(-1), hash(F(2 ** 61 - 1, 3)))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}), {F(1, 2): 'half'}[0.5])

# subclasses and copying
class G(F):
    pass

g = G(1, 2)
print(repr(g + 1), repr(1 + g), repr(-g), repr(abs(g)), repr(g ** 2), repr(round(g, 1)))
print(copy.copy(a) is a, copy.deepcopy(a) is a, repr(copy.copy(g)), copy.copy(g) is g, repr(copy.deepcopy(g)))
print(a.__reduce__(), g.__reduce__()[1])
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Integral))
print(isinstance(3, numbers.Rational), isinstance(3.0, numbers.Rational), isinstance(1j, numbers.Real), issubclass(F, numbers.Number))
print(F.__add__.__name__, F.__radd__.__name__, F.__truediv__.__name__, F.__rdivmod__.__name__)
s = F(0)
for i in range(1, 30):
    s += F(1, i * (i + 1))
print(s, sum([F(1, 3)] * 3), sum([F(1, 7), F(2, 7), 0.5]))
