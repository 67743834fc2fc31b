# ctypes Union and bit fields: union layout (size is the largest member, all offsets 0),
# type punning through a union (float bits), unions with arrays and nested structures,
# bit-field descriptors (CField repr "ofs=byte:bit, bits=n" and .size = bits << 16 |
# bit offset), signed/unsigned bit-field wrapping, bit fields mixed with normal fields
# and with _pack_, CPython 3.11's rule that a normal field ends a bit-field run,
# big-endian bit fields, and a layout cross-check against the C compiler
# through the test library. Also the errors for bad bit-field declarations.
import ctypes
import os
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


def layout(cls):
    print(cls.__name__, sizeof(cls), alignment(cls))
    for f in cls._fields_:
        d = getattr(cls, f[0])
        print('  ', f[0], d, d.offset, d.size)


print('--- unions')


class IntFloat(Union):
    _fields_ = [('i', c_int), ('f', c_float), ('b', c_ubyte * 4)]


layout(IntFloat)
u = IntFloat()
u.f = 1.0
print(hex(u.i), list(u.b), bytes(u).hex())
u.b[3] = 0xc0
print(u.f, u.i)
u = IntFloat(5)
print(u.i, u.b[:])
u = IntFloat(f=2.0)
print(hex(u.i))
u = IntFloat(1, 2.0)  # positional arguments fill the members in order, each overwriting the last
print(u.i, u.f)
print([k.__name__ for k in IntFloat.__mro__])


class Big(Union):
    _fields_ = [('c', c_char), ('d', c_double), ('s', c_short * 5)]


class Inner(Structure):
    _fields_ = [('lo', c_ushort), ('hi', c_ushort)]


class Word(Union):
    _fields_ = [('w', c_uint), ('parts', Inner), ('bytes', c_ubyte * 4)]


layout(Big)
layout(Word)
w = Word(0x12345678)
print(hex(w.parts.lo), hex(w.parts.hi), [hex(b) for b in w.bytes])
w.parts.hi = 0xabcd
print(hex(w.w))


class Holder(Structure):
    _fields_ = [('tag', c_char), ('val', IntFloat), ('after', c_short)]


layout(Holder)
h = Holder(b't', IntFloat(7), 3)
print(h.val.i, h.after)


class PackedU(Union):
    _pack_ = 1
    _fields_ = [('d', c_double), ('c', c_char * 3)]


layout(PackedU)

print('--- bit fields')


class Bits(Structure):
    _fields_ = [('a', c_uint, 3), ('b', c_uint, 5), ('c', c_int, 4), ('d', c_uint, 20)]


layout(Bits)
b = Bits(5, 17, -3, 1000)
print(b.a, b.b, b.c, b.d, bytes(b).hex())
b.a = 9  # wraps to the field width
b.c = 7
print(b.a, b.c)
b.c = 8  # a signed 4-bit field holds -8..7
print(b.c)
b.c = -9
print(b.c)
b.b = -1
print(b.b, b.d)
b.d = 2 ** 20 + 3
print(b.d, b.a, b.b, b.c)
print(type(b.a).__name__, Bits.a.offset, Bits.a.size >> 16, Bits.a.size & 0xffff, Bits.d.size >> 16, Bits.d.size & 0xffff)

# the same layout as the C compiler's: checked through the test library
lib.pj_bits_value.restype = c_long
lib.pj_sizeof_bits.restype = c_size_t
print(sizeof(Bits) == lib.pj_sizeof_bits(), lib.pj_bits_value(byref(Bits(5, 17, -3, 1000))))
cb = Bits()
lib.pj_bits_set(byref(cb), 6, 30, -8, 777777)
print(cb.a, cb.b, cb.c, cb.d, lib.pj_bits_value(byref(cb)))


class Flags(Structure):
    _fields_ = [('ready', c_ubyte, 1), ('mode', c_ubyte, 3), ('level', c_ubyte, 4)]


layout(Flags)
fl = Flags(True, 5, 15)
print(fl.ready, fl.mode, fl.level, bytes(fl).hex())
fl.ready = 0
fl.mode = 9
print(fl.ready, fl.mode, fl.level, bytes(fl).hex())


class MixedBits(Structure):
    _fields_ = [('a', c_int, 3), ('b', c_char), ('c', c_int, 3)]


class Full(Structure):
    _fields_ = [('a', c_uint64, 64), ('b', c_uint8, 8), ('c', c_int16, 16)]


class PackedBits(Structure):
    _pack_ = 1
    _fields_ = [('a', c_ubyte, 4), ('b', c_uint, 30), ('c', c_ushort)]


for cls in [MixedBits, Full, PackedBits]:
    layout(cls)
fu = Full(2 ** 64 - 1, 255, -1)
print(fu.a, fu.b, fu.c)
pb = PackedBits(3, 2 ** 30 - 1, 7)
print(pb.a, pb.b, pb.c, bytes(pb).hex())


class UBits(Union):
    _fields_ = [('lo', c_uint, 16), ('all', c_uint)]


layout(UBits)
x = UBits()
x.all = 0x12345678
print(hex(x.lo))
x.lo = 0xffff
print(hex(x.all))


class BEBits(BigEndianStructure):
    _fields_ = [('a', c_uint8, 3), ('b', c_uint8, 5), ('c', c_uint16, 12), ('d', c_uint16, 4)]


class LEBits(LittleEndianStructure):
    _fields_ = [('a', c_uint8, 3), ('b', c_uint8, 5), ('c', c_uint16, 12), ('d', c_uint16, 4)]


layout(BEBits)
print(bytes(BEBits(1, 2, 0xabc, 5)).hex(), bytes(LEBits(1, 2, 0xabc, 5)).hex())
be = BEBits.from_buffer_copy(bytes.fromhex('41007bc9'))
print(be.a, be.b, hex(be.c), be.d)

print('--- errors')
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_double, 3)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_float, 1)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_char, 1)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_char_p, 1)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int * 2, 1)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int, 33)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_ubyte, 9)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int, 0)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int, -1)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int, 'x')]}))
err(lambda: type('B', (Union,), {'_fields_': [('a', c_double, 3)]}))
err(lambda: setattr(b, 'a', 'x'))
err(lambda: setattr(b, 'a', 1.5))
err(lambda: IntFloat(1, 2.0, 3))
err(lambda: IntFloat(i='x'))
err(lambda: Union())
