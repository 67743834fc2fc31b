# memoryview over ctypes objects: the PEP 3118 format strings CPython exports for every
# simple type ('<i', '<q' for c_long, '<?' ...), arrays (shape, strides, ndim), nested
# arrays, structures ('T{...}' with field names; padding is not described), packed
# structures and unions (exported as 'B'), pointers ('&<i'), big-endian structures;
# itemsize/nbytes/readonly/contiguity; that tolist() and item access on these formats
# raise NotImplementedError while cast('B') and a cast back to a native format work;
# writing through a memoryview into the ctypes object; and bytes()/bytearray()/struct
# reading ctypes objects through the buffer protocol.
import struct
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


def show(label, o):
    m = memoryview(o)
    print(label, repr(m.format), m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly,
          m.c_contiguous, m.contiguous, len(m) if m.ndim else '-', m.obj is o)


print('--- simple types')
for o in [c_bool(True), c_char(b'a'), c_wchar('x'), c_byte(-1), c_ubyte(1), c_short(2), c_ushort(7),
          c_int(5), c_uint(6), c_long(3), c_ulong(4), c_longlong(8), c_ulonglong(9), c_int8(1),
          c_uint16(2), c_int32(3), c_uint64(4), c_float(0.5), c_double(1.5), c_char_p(), c_wchar_p(),
          c_void_p(), c_size_t(1), c_ssize_t(1)]:
    show(type(o).__name__, o)

print('--- arrays')
for o in [(c_int * 3)(1, 2, 3), (c_double * 2)(1.5, 2.5), ((c_short * 3) * 2)((1, 2, 3), (4, 5, 6)),
          (((c_ubyte * 2) * 3) * 4)(), (c_char * 4)(b'a'), create_string_buffer(b'ab'),
          create_unicode_buffer('ab'), (c_ubyte * 0)(), (c_bool * 2)(1, 0), (c_long * 2)(1, 2),
          (c_char_p * 2)(), (c_void_p * 2)(), (POINTER(c_int) * 2)()]:
    show(type(o).__name__, o)

print('--- structures, unions, pointers')


class P(Structure):
    _fields_ = [('x', c_int), ('y', c_double)]


class Q(Structure):
    _fields_ = [('a', c_char * 3), ('b', c_short * 2), ('c', POINTER(c_int)), ('d', c_bool)]


class QQ(Structure):
    _fields_ = [('q', Q), ('u', c_ubyte)]


class S(Structure):
    _fields_ = [('p', c_char_p), ('w', c_wchar_p), ('f', c_float)]


class U(Union):
    _fields_ = [('x', c_int), ('y', c_double)]


class PK(Structure):
    _pack_ = 1
    _fields_ = [('a', c_char), ('b', c_int)]


class BF(Structure):
    _fields_ = [('a', c_int, 3), ('b', c_int, 5)]


class BE(BigEndianStructure):
    _fields_ = [('a', c_int), ('b', c_uint16)]


class LE(LittleEndianStructure):
    _fields_ = [('a', c_int), ('b', c_uint16)]


for o in [P(1, 2.5), Q(), QQ(), S(), U(3), PK(), BF(), BE(), LE(), (P * 2)(), ((P * 2) * 3)(), (U * 2)(),
          pointer(c_int(3)), pointer(P())]:
    show(type(o).__name__, o)

print('--- tolist and item access need a native format')
a = (c_int * 3)(1, 2, 3)
m = memoryview(a)
err(lambda: m.tolist())
err(lambda: m[0])
err(lambda: m.__setitem__(0, 5))
err(lambda: m[0:2].tolist())
err(lambda: memoryview(c_int(5)).tolist())
err(lambda: memoryview(P(1, 2.5)).tolist())
err(lambda: memoryview(((c_short * 3) * 2)())[1, 2])
print(memoryview(U(3)).tolist(), memoryview(PK()).tolist())  # format 'B', zero-dimensional: the first byte
print(m[0:2].format, m[0:2].shape, bytes(m[1:]), bytes(m[::2]), m[::-1].strides)

print('--- cast to bytes and back')
b = m.cast('B')
print(b.tolist(), b.format, b.shape, b.itemsize)
b[0] = 100
print(list(a))
i = m.cast('B').cast('i')
print(i.tolist(), i.format, i.shape)
i[1] = -5
print(list(a), i[1], i[-1])
i[0:2] = memoryview((c_int * 2)(7, 8)).cast('B').cast('i')
print(list(a))
m2 = memoryview(((c_short * 3) * 2)((1, 2, 3), (4, 5, 6)))
print(m2.cast('B').cast('h', (2, 3)).tolist(), m2.cast('B').cast('h').tolist(), m2.cast('B').shape)
print(memoryview(c_double(1.5)).cast('B').cast('d').tolist(), memoryview(c_double(1.5)).cast('B').cast('d', ()).tolist())
mp = memoryview(P(1, 2.5))
print(mp.cast('B').tolist()[:4], len(mp.cast('B')), struct.unpack('i4xd', mp))
ub = (c_ubyte * 4)(1, 2, 3, 4)
mu = memoryview(ub)
print(mu.format, mu.cast('B').tolist(), mu.hex(), mu.tobytes(), mu.cast('B').cast('I').tolist())
print(memoryview(create_string_buffer(b'abc')).cast('c').tolist())

print('--- writing through a memoryview')
arr = (c_int * 4)(1, 2, 3, 4)
mv = memoryview(arr).cast('B')
mv[4:8] = bytes(c_int(-1))
print(list(arr))
st = P(1, 2.5)
ms = memoryview(st).cast('B')
ms[8:16] = struct.pack('d', 0.125)
print(st.x, st.y)
mv2 = memoryview(arr)
struct.pack_into('i', mv2, 8, 99)
print(list(arr))
with memoryview(arr) as scoped:
    print(scoped.nbytes, scoped.readonly)
err(lambda: scoped.nbytes)

print('--- other buffer consumers')
print(bytes(arr), bytearray((c_short * 2)(1, -1)), struct.unpack('4i', arr), struct.unpack_from('i', arr, 4))
print(bytes(P(7, 0.5)).hex(), bytes(U(258)).hex(), bytes(PK(b'z', 1)).hex(), len(bytes(BF())))
print(memoryview(arr) == memoryview((c_int * 4)(*arr)), memoryview(arr) == memoryview((c_int * 4)()),
      memoryview(arr) == bytes(arr), b'\x01' in bytes(c_int(1)))
print(memoryview((c_ubyte * 3)(1, 2, 3)).cast('B') == memoryview(bytes([1, 2, 3])))
