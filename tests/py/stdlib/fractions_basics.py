# fractions: constructing Fractions from ints, pairs, strings, floats and other
# Fractions; normalisation of sign and common factors; str/repr; the string
# grammar (signs, decimals, exponents, underscores, whitespace) and its errors;
# from_float/from_decimal, limit_denominator, as_integer_ratio, numerator and
# denominator, and the TypeError/ValueError/ZeroDivisionError messages.
from fractions import Fraction as F
import fractions


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(F(), F(7), F(-7), F(3, 6), F(-3, 6), F(3, -6), F(-3, -6), F(0, -5))
print(repr(F(10, 4)), str(F(10, 4)), str(F(8, 4)), repr(F(8, 4)))
print(F(2 ** 70, 6), F(-(10 ** 20), 10 ** 22))
print(F(F(3, 4)), F(F(1, 2), F(1, 3)), F(3, F(1, 2)), F(F(5, 7), 2))
print(F(True), F(False, 3), F(5, True))

# strings
for s in ['3/4', '-3/4', '+3/4', '6/8', ' 7 ', '\t-12\n', '1.5', '-.25', '+.5',
          '5.', '1e3', '1E-3', '-1.5e2', '2.5E+2', '1_000', '1_000/3_0',
          '0.1_5', '1e1_0', '007', '0/5', '12345678901234567890.5']:
    attempt(F, s)
for s in ['', ' ', 'x', '1/', '/2', '1 / 2', '1/ 2', '1.5/2', '1/2.5', '1/2e3',
          '1e', '1e+', '.', '-', '+-1', '1__0', '_1', '1_', '1._5', '0x10',
          '1/0', '-7/0', '1.d', 'nan', 'inf', '1 2', '3/-4']:
    attempt(F, s)

# other argument types
attempt(F, 1.5, 2)
attempt(F, 'a', 2)
attempt(F, [1])
attempt(F, None)
attempt(F, 1, 0)
attempt(F, 0, 0)
attempt(F, F(1, 2), 0)
attempt(F, 1j)

# floats are converted exactly
print(F(0.5), F(0.1), F(-2.75), F(1e-3), F(2.0 ** 60), F(1e300) == 10 ** 300)
attempt(F, float('inf'))
attempt(F, float('nan'))
print(F.from_float(0.1), F.from_float(3), F.from_float(True), repr(F.from_float(-0.0)))
attempt(F.from_float, '0.5')
attempt(F.from_float, F(1, 2))
attempt(F.from_float, None)
print(F.from_decimal(7), F.from_decimal(-2))
attempt(F.from_decimal, 1.5)
attempt(F.from_decimal, '1.5')


class G(F):
    pass


print(repr(G(3, 9)), repr(G.from_float(0.25)), repr(G('2/6')), type(G(1)).__name__)
attempt(G.from_float, 'x')

# accessors
f = F(-22, 8)
print(f.numerator, f.denominator, f.as_integer_ratio(), F(5).as_integer_ratio())
print(f.real, f.imag, f.conjugate(), repr(f.real))
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError')
try:
    f.foo = 3
except AttributeError as e:
    print('AttributeError', e)

# limit_denominator
import math
pi = F(math.pi)
for d in [1, 2, 7, 10, 100, 113, 1000, 10 ** 6, 10 ** 9]:
    print(d, pi.limit_denominator(d))
print(F('3.1415926535897932').limit_denominator(1000), F(1, 3).limit_denominator(2))
print(F(-3, 7).limit_denominator(2), F(7, 3).limit_denominator(1), F(1, 2).limit_denominator())
print(F(0.1).limit_denominator(), F(1, 10 ** 8).limit_denominator(10), F(3, 2).limit_denominator(5))
attempt(F(1, 3).limit_denominator, 0)
attempt(F(1, 3).limit_denominator, -5)
print(F(5, 3).limit_denominator(100) is not F(5, 3), type(G(1, 3).limit_denominator(10)).__name__)
print(fractions.__all__, F.__name__, F.__module__)
