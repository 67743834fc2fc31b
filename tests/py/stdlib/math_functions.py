# The whole math module: values, special values, and domain/range errors.
import math

# Correctly rounded results are printed exactly; the transcendental functions only
# to 12 digits (C libraries differ in the last bit).
INEXACT = {'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
           'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'erf', 'erfc', 'log1p',
           'log', 'log2', 'log10', 'gamma', 'lgamma', 'atan2', 'pow', 'hypot', 'dist'}


def show(name, *args, **kw):
    f = getattr(math, name)
    try:
        r = f(*args, **kw)
        if name in INEXACT and isinstance(r, float):
            r = float('%.12g' % r)
        print(name, args, kw or '', repr(r))
    except Exception as e:
        print(name, args, kw or '', type(e).__name__, e)

inf, nan = math.inf, math.nan
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'cbrt', 'erf', 'erfc',
             'log1p', 'degrees', 'radians', 'log', 'log2', 'log10', 'floor', 'ceil', 'trunc',
             'isnan', 'isinf', 'isfinite', 'frexp', 'modf', 'ulp']:
    for x in (0.0, -0.0, 0.5, 1, -1, 2.5, -3.75, 10, 1000, 1e300, inf, -inf, nan):
        show(name, x)
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter']:
    for x, y in [(1, 2), (-3.5, 2), (5, 0.0), (0.0, -1), (inf, 2), (2, inf), (-inf, -inf),
                 (nan, 0), (1, nan), (-8, 1 / 3), (10, 400), (2, -1075), (0.0, 0.0)]:
        show(name, x, y)
for x in (1, 2, 5, 0.5, 1.5, -0.5, 0, -1, -2.5, 171, 172, 10.0, inf, -inf, nan):
    show('gamma', x)
    show('lgamma', x)
show('log', 8, 2)
show('log', 100, 10)
show('log', 1, 1)
show('log', 0)
show('log', -1)
show('log', 10 ** 400)
show('log2', 2 ** 1100)
show('log10', 10 ** 400)
show('log', 'x')
show('ldexp', 1.0, 10)
show('ldexp', 0.5, -1074)
show('ldexp', 1.0, 10000)
show('ldexp', 1.0, -10000)
show('ldexp', 1.0, 2 ** 100)
show('ldexp', 1.0, 1.5)
show('hypot')
show('hypot', 3, 4)
show('hypot', 1, 2, 2)
show('hypot', inf, nan)
show('dist', (0, 0), (3, 4))
show('dist', [1, 2, 3], [4, 6, 3])
show('dist', (1,), (1, 2))
show('isclose', 1.0, 1.0 + 1e-10)
show('isclose', 1.0, 1.1)
show('isclose', 1.0, 1.1, rel_tol=0.2)
show('isclose', 0.0, 1e-12, abs_tol=1e-9)
show('isclose', inf, inf)
show('isclose', 1, 2, rel_tol=-1)
show('isclose', 1, 2, 3)
show('fsum', [0.1] * 10)
show('fsum', [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show('fsum', [2.0 ** 53, 1.0, 2.0 ** -53])
show('fsum', [inf, 1.0])
show('fsum', [inf, -inf])
show('fsum', [1e308, 1e308])
show('fsum', [1, 'a'])
show('fsum', [])
show('prod', [1, 2, 3, 4])
show('prod', [])
show('prod', [2, 3], start=10)
show('prod', [1.5, 2])
show('prod', ['ab', 3])
show('factorial', 0)
show('factorial', 20)
show('factorial', 30)
show('factorial', -1)
show('factorial', 5.0)
show('comb', 10, 3)
show('comb', 50, 25)
show('comb', 3, 5)
show('comb', -1, 2)
show('comb', 5, -2)
show('comb', 5.0, 2)
show('perm', 5)
show('perm', 5, 2)
show('perm', 5, None)
show('perm', 3, 4)
show('perm', -2, 1)
show('gcd')
show('gcd', 12, 18)
show('gcd', -4, 6, 10)
show('gcd', 2 ** 100, 6 ** 50)
show('gcd', 1.5)
show('lcm')
show('lcm', 4, 6)
show('lcm', 4, 6, 0)
show('lcm', -4, 6)
show('isqrt', 0)
show('isqrt', 99)
show('isqrt', 10 ** 40 + 1)
show('isqrt', -1)
show('isqrt', 2.0)
show('trunc', 2.7)
show('trunc', -2.7)
show('trunc', 'x')
show('floor', 2 ** 70)
show('ceil', True)
show('floor', 1e20)
show('ceil', -0.5)


class Fl:
    def __floor__(self):
        return 'floored'

    def __ceil__(self):
        return 'ceiled'

    def __trunc__(self):
        return 'truncated'


class Ix:
    def __index__(self):
        return 7


print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.factorial(Ix()), math.gcd(Ix(), 21))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
