# cmath: every function on points in all four quadrants (12 digits), constants,
# special values, __complex__ arguments and the errors.
import cmath, math
def r(z):
    if isinstance(z, complex):
        return complex(float('%.11g' % z.real), float('%.11g' % z.imag))
    return float('%.11g' % z)
vals = [1+2j, -1+2j, 1-2j, -1-2j, 0.5+0.25j, 3j, -3j, 2+0j, -2+0.5j, 1e-5+1e-5j, 10+10j, 0.1-7j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    print(name, [r(f(z)) for z in vals])
print([r(cmath.phase(z)) for z in vals], [tuple(map(r, cmath.polar(z))) for z in vals[:4]])
print(r(cmath.rect(2, math.pi / 3)), r(cmath.log(8, 2)), r(cmath.log(1j, 1+1j)), cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(0), cmath.sqrt(0))
print(cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.sqrt(2), cmath.sqrt(-1), cmath.phase(-1), cmath.polar(-1), cmath.exp(1j * math.pi).real)
for f in (lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, rel_tol=-1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 3+4j
print(cmath.polar(C()), cmath.sqrt(C()))
