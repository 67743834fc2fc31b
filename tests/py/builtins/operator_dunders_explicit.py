# Operator special methods of the built-in containers and of complex called
# explicitly (list.__add__, set.__or__, tuple.__lt__, complex.__mul__ ...):
# results, NotImplemented for unsupported operands, CPython's errors, a
# subclass calling its base's method through super(), and complex powers with
# integral exponents (computed by repeated multiplication, as CPython does).
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: list.__add__([1], [2]))
t(lambda: list.__add__([1], (2,)))
t(lambda: list.__mul__([1], 3))
t(lambda: list.__rmul__([1], 2))
t(lambda: list.__mul__([1], 'a'))
t(lambda: list.__lt__([1], [2]))
t(lambda: list.__lt__([1], 2))
t(lambda: tuple.__add__((1,), (2,)))
t(lambda: tuple.__ge__((1,), (0,)))
t(lambda: str.__rmod__('x', 'a%s'))
t(lambda: str.__lt__('a', 'b'))
t(lambda: str.__lt__('a', 1))
t(lambda: bytes.__add__(b'a', b'b'))
t(lambda: bytes.__add__(b'a', bytearray(b'b')))
t(lambda: bytes.__add__(b'a', 'b'))
t(lambda: bytes.__mod__(b'%d', 5))
t(lambda: bytearray.__add__(bytearray(b'a'), b'b'))
t(lambda: set.__or__({1}, {2}))
t(lambda: set.__or__({1}, [2]))
t(lambda: set.__and__({1, 2}, frozenset({2})))
t(lambda: frozenset.__sub__(frozenset({1, 2}), {1}))
t(lambda: set.__rsub__({1}, {1, 2}))
t(lambda: set.__xor__({1}, {2}))
t(lambda: set.__le__({1}, {1, 2}))
t(lambda: set.__lt__({1}, [1]))
t(lambda: dict.__or__({1: 2}, {3: 4}))
t(lambda: dict.__or__({1: 2}, [3]))
t(lambda: dict.__ror__({1: 2}, {3: 4}))
t(lambda: complex.__add__(1j, 2))
t(lambda: complex.__rsub__(1j, 2))
t(lambda: complex.__mul__(1j, 1j))
t(lambda: complex.__truediv__(1j, 2))
t(lambda: complex.__pow__(1j, 2))
t(lambda: complex.__add__(1j, 'a'))
t(lambda: complex.__complex__(2j))
class L(list):
    def __add__(self, other):
        return ('L', super().__add__(other))
t(lambda: L([1]) + [2])
class S(set):
    def __or__(self, other):
        return ('S', sorted(super().__or__(other)))
t(lambda: S({1}) | {2})
import functools, operator
t(lambda: functools.reduce(list.__add__, [[1], [2], [3]]))
t(lambda: sorted(dir(list)) == sorted(set(dir(list))))
t(lambda: [n for n in ('__add__', '__lt__', '__mul__', '__rmul__') if n in dir(list)])
print(1j**2, (1+2j)**3, (1+1j)**-2, 2**(1j), (1j)**0.5, (1+1j)**101, (2+0j)**-3, 0j**0)
