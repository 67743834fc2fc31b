# Assigning ctypes instances to structure fields of simple types: an instance of
# the field's type (or a subclass) gives its value, another simple type is refused
# with CPython's message, c_char_p and c_wchar instances, and a big-endian field.
from ctypes import *


class S(Structure):
    _fields_ = [('a', c_int), ('b', c_double), ('p', c_char_p), ('w', c_wchar)]


s = S()
s.a = c_int(3)
s.b = c_double(2.5)
print(s.a, s.b)
for v in [c_long(4), c_double(4), c_uint(5)]:
    try:
        s.a = v
        print(s.a)
    except TypeError as e:
        print('TypeError:', e)


class MyInt(c_int):
    pass


s.a = MyInt(9)
s.p = c_char_p(b'x')
s.w = c_wchar('z')
print(s.a, s.p, s.w)


class B(BigEndianStructure):
    _fields_ = [('a', c_int)]


b = B()
try:
    b.a = c_int(258)
except TypeError as e:
    print('TypeError:', e)
b.a = 258
print(b.a, bytes(b))
