# ctypes simple types: every fundamental type's name, _type_ code, sizeof, alignment and
# repr (including the platform aliases, e.g. c_longlong is c_long on LP64 Linux), .value
# with CPython's wrapping of out-of-range integers and float rounding/overflow to inf,
# c_bool/c_char/c_wchar conversions, c_char_p/c_wchar_p/c_void_p values, bytes() of an
# instance, subclasses, and the odd corners (int() of an instance reads its buffer).
import ctypes
from ctypes import *

NAMES = ['c_bool', 'c_char', 'c_wchar', 'c_byte', 'c_ubyte', 'c_short', 'c_ushort', 'c_int',
         'c_uint', 'c_long', 'c_ulong', 'c_longlong', 'c_ulonglong', 'c_size_t', 'c_ssize_t',
         'c_int8', 'c_uint8', 'c_int16', 'c_uint16', 'c_int32', 'c_uint32', 'c_int64',
         'c_uint64', 'c_float', 'c_double', 'c_char_p', 'c_wchar_p', 'c_void_p']
for n in NAMES:
    t = getattr(ctypes, n)
    print(n, t.__name__, t._type_, sizeof(t), alignment(t), repr(t()),
          t.__mro__[1].__name__, sizeof(t()) == sizeof(t), alignment(t()) == alignment(t))
print(c_longlong is c_long, c_int64 is c_long, c_int32 is c_int, c_int8 is c_byte, c_uint8 is c_ubyte,
      c_size_t is c_ulong, c_ssize_t is c_long, c_ulonglong is c_ulong, c_uint64 is c_ulong)
print([k.__name__ for k in c_int.__mro__], issubclass(c_int, ctypes._SimpleCData))

print('--- integer wrapping')
print(c_int(2 ** 32 + 5), c_int(2 ** 31), c_int(-2 ** 31 - 1), c_uint(-1), c_uint(2 ** 32))
print(c_byte(200), c_byte(-129), c_ubyte(-1), c_ubyte(256 + 7), c_short(70000), c_ushort(-2))
print(c_long(2 ** 64 + 3), c_ulong(-1), c_longlong(2 ** 63), c_ulonglong(-1), c_ulonglong(2 ** 64))
print(c_int(2 ** 100), c_uint(2 ** 100 + 1), c_longlong(-2 ** 64), c_int(-2 ** 100 - 1))
print(c_int8(128), c_uint8(256), c_int16(32768), c_uint16(65536), c_int32(-2 ** 31 - 1),
      c_uint32(2 ** 32), c_int64(2 ** 63), c_uint64(-1), c_size_t(-1), c_ssize_t(2 ** 63))
for t in [c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong]:
    print(t.__name__, [t(v).value for v in (0, 1, -1, 127, 128, 255, 256, 65535, 65536, 2 ** 31, 2 ** 32 - 1, 2 ** 63)])
x = c_int(7)
x.value = 2 ** 32 - 1
print(x, x.value)
x.value += 10
print(x.value)
x.value = True
print(x.value, type(x.value).__name__)


class Idx:
    def __index__(self):
        return 300


class Flt:
    def __float__(self):
        return 2.5


print(c_int(Idx()), c_ubyte(Idx()), c_double(Flt()), c_float(Flt()), c_double(Idx()), c_int(True), c_int(False))

print('--- bool')
print(c_bool(5), c_bool(0), c_bool([]), c_bool([0]), c_bool('x'), c_bool(''), c_bool(None), c_bool(0.0), c_bool())
b = c_bool()
b.value = 3
print(b.value, type(b.value).__name__, b, bytes(b))

print('--- char and wchar')
print(c_char(b'a'), c_char(65), c_char(b'\xff'), c_char(255), c_char(0), c_char(bytearray(b'z')), c_char())
c = c_char()
c.value = 66
print(c.value, type(c.value).__name__)
c.value = b'z'
print(c.value, bytes(c))
print(c_wchar('x'), c_wchar('\u20ac'), c_wchar('\U0001f600'), c_wchar(), c_wchar('\n'))
w = c_wchar()
w.value = '\u00e9'
print(w.value, ascii(w.value), type(w.value).__name__, bytes(c_wchar('A')))

print('--- floats')
print(c_float(0.1), c_float(0.1).value, c_double(0.1), c_float(3), c_double(True), c_double(-0.0), c_float(-0.0))
print(c_float(1e40), c_float(-1e40), c_double(1e308 * 10), c_float(float('nan')).value, c_float(3.4e38).value)
print(c_float(16777217).value, c_float(1 / 3).value, c_double(1 / 3).value, c_float(1e-46).value, c_float(1e-45).value)
f = c_float()
f.value = 1e39
print(f.value)
f.value = 2
print(f, type(f.value).__name__)
for v in [1.5, 0.25, -3.0, 1e100, 2.0 ** -60]:  # c_longdouble: round trips a double exactly
    print(c_longdouble(v).value == v, type(c_longdouble(v).value).__name__)
ld = c_longdouble()
ld.value = 0.5
print(ld.value, c_longdouble().value)

print('--- pointers as values')
print(c_char_p(b'abc').value, c_char_p().value, c_char_p(None), c_char_p(b'a\x00b').value, c_char_p(b'').value)
p = c_char_p()
p.value = b'xyz'
print(p.value)
p.value = None
print(p.value, p)
print(c_wchar_p('abc').value, c_wchar_p().value, c_wchar_p(None), c_wchar_p('\u20ac\U0001f600').value)
q = c_wchar_p('first')
q.value = 'second'
print(q.value)
print(c_void_p(0), c_void_p(None), c_void_p(16), c_void_p(16).value, c_void_p(-1).value, c_void_p().value)
print(c_void_p(2 ** 64), c_void_p(-2 ** 64), c_void_p(2 ** 64 + 5))
vp = c_void_p()
vp.value = 123
print(vp.value, vp)
vp.value = None
print(vp.value, bytes(vp))

print('--- bytes of instances (native byte order)')
print(bytes(c_int(0x01020304)), bytes(c_double(1.0)), bytes(c_short(-2)), bytes(c_bool(True)))
print(bytes(c_float(1.5)), bytes(c_ulonglong(2 ** 64 - 1)), bytes(c_void_p(0x0102)))
print(c_int(3)._b_needsfree_, c_int(3)._objects, c_int(3)._b_base_, c_char_p(b'keep')._objects)

print('--- comparisons and conversions')
print(c_int(5) == c_int(5), c_int(5) != c_int(5), c_int(5) == 5, c_int(5).value == 5)
print(bool(c_int(0)), bool(c_int(3)), bool(c_char_p()), bool(c_void_p(0)), bool(c_double(0.0)))
print(str(c_int(3)), str(c_double(2.5)), str(c_char(b'x')))
try:
    int(c_int(3))  # _CData supports the buffer protocol, so int() parses its bytes
except ValueError as e:
    print('ValueError', e)
print(int(c_int(0x37).value), float(c_double(1.25).value))

print('--- subclasses')


class MyInt(c_int):
    pass


class Doubled(c_double):
    def twice(self):
        return self.value * 2


m = MyInt(5)
print(m.value, type(m).__name__, sizeof(MyInt), alignment(MyInt), MyInt._type_, isinstance(m, c_int))
m.value = 2 ** 32 + 9
print(m.value, Doubled(1.25).twice(), MyInt.__mro__[1].__name__)
m.extra = 'attr'
print(m.extra, vars(m))
