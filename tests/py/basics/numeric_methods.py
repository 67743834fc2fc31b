# Methods and attributes of int and float objects
n = 1234
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print((10).__add__(5), (10).__sub__(3), (10).__rsub__(3), (7).__mod__(3), (2).__pow__(5))
print((5).__eq__(5.0), (5).__add__(1.0), (5).__lt__(6))
f = 2.5
print(f.real, f.imag, f.conjugate(), f.is_integer(), f.as_integer_ratio())
print((7.0).__floordiv__(2), (7.0).__mod__(2), (1.5).__add__(2))
print(int.__add__(3, 4), float.__mul__(1.5, 2.0), int.__neg__(5))
print(abs(-7), (-7).__abs__(), (3).__neg__(), (3).__pos__(), (3).__invert__())
print((3).__bool__(), (0).__bool__(), (0.0).__bool__())
print((12).__index__(), (12).__int__(), (12.7).__int__(), (12).__float__())
print((3.7).__trunc__(), round(3.7), (3.7).__round__(), (3.75).__round__(1))
print(int.__mro__[0].__name__, float.__name__, type(1).__mro__[-1].__name__)
print((2 ** 70).__hash__() == hash(2 ** 70), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(0.5), hash(1e100) == hash(10 ** 100))
