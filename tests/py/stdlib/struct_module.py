# struct: sizes and alignment in every mode, packing and unpacking every format
# character, buffers through the buffer protocol, and CPython's error messages.
import array
import struct


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for f in ['@iq', '=iq', '<iq', '>iq', '!iq', 'i4sq', 'hhl', '<hhl', 'ci', 'c0i', '2s0i', 'xxi',
          '3x', 'p', '5p', '?', 'e', 'f', 'd', 'P', 'n', 'N', 'bBhHiIlLqQ', '<bBhHiIlLqQ', '',
          ' i  h ', 'b:' if False else 'bh']:
    print(repr(f), struct.calcsize(f))
for f in ['ZZ', '3', '<P', '<n', '!N', '4', 'i%']:
    err(lambda: struct.calcsize(f))
err(lambda: struct.calcsize(5))

vals = [(1, -1, 300, -300, 70000, 4000000000, -2 ** 40, 2 ** 63 - 1, 2 ** 64 - 1)]
for order in '@<>=!':
    fmt = order + 'bBhHiIqqQ'
    data = struct.pack(fmt, 1, 255, 300, 65000, -70000, 4000000000, -2 ** 40, 2 ** 63 - 1, 2 ** 64 - 1)
    print(order, data.hex(), struct.unpack(fmt, data))
print(struct.pack('<l', -5), struct.pack('@l', -5), struct.pack('>L', 4000000000))
for order in '<>':
    d = struct.pack(order + 'efd?c', 1.5, 0.1, -2.25, 7, b'z')
    print(d, struct.unpack(order + 'efd?c', d))
print(struct.pack('<e', 65504.0), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'),
      struct.pack('<e', 1e-8), struct.pack('<e', -0.0), struct.pack('f', 1e300))
print(struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'), struct.pack('4s', bytearray(b'ab')),
      struct.unpack('3p', b'\x05ab'), struct.unpack('4s', b'ab\x00c'))
print(struct.pack('?', 2), struct.pack('?', []), struct.pack('P', -1), struct.pack('<2h3x?', 1, 2, True))


class Ix:
    def __index__(self):
        return 7


print(struct.pack('i', Ix()), struct.pack('d', 1), struct.pack('f', True), struct.pack('b', True))

for args in [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32),
             ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', -1), ('n', 2 ** 63), ('N', -1),
             ('<l', 2 ** 31), ('<L', 2 ** 32), ('<I', -1), ('<q', 2 ** 63), ('<h', 40000),
             ('c', b'ab'), ('c', 5), ('s', 5), ('s', 'str'), ('<f', 1e300), ('<e', 1e6), ('e', 65520.0),
             ('i', 'x'), ('i', 1.5), ('d', 'x'), ('x', 1), ('i',), ('i', 1, 2)]:
    err(lambda: struct.pack(*args))
err(lambda: struct.pack())

err(lambda: struct.unpack('i', b'123'))
err(lambda: struct.unpack('2i', b'12345678x'))
err(lambda: struct.unpack('i', 'abcd'))
print(struct.unpack('<h', memoryview(b'\x01\x02')), struct.unpack('<h', bytearray(b'\x01\x02')),
      struct.unpack('<2h', array.array('h', [5, -6])))
print(struct.unpack_from('<h', bytearray(b'\x00\x01\x02'), offset=1), struct.unpack_from('i', b'1234567890', -4),
      struct.unpack_from('<h', b'\x01\x00\x02\x00', 2))
err(lambda: struct.unpack_from('i', b'1234567890', 8))
err(lambda: struct.unpack_from('i', b'1234567890', -20))

buf = bytearray(10)
struct.pack_into('<hi', buf, 1, -2, 7)
print(buf)
struct.pack_into('<h', buf, -2, 258)
print(buf)
a = array.array('d', [0.0, 0.0])
struct.pack_into('d', a, 8, 2.5)
mv = memoryview(bytearray(6))
struct.pack_into('<h', mv, 2, 513)
print(a, mv.tobytes())
err(lambda: struct.pack_into('i', bytearray(10), 8, 1))
err(lambda: struct.pack_into('i', bytearray(10), -20, 1))
err(lambda: struct.pack_into('i', b'1234', 0, 1))
err(lambda: struct.pack_into('i', bytearray(10)))
err(lambda: struct.pack_into('i', bytearray(10), 0))

print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')))
err(lambda: list(struct.iter_unpack('i', b'12345')))
err(lambda: struct.iter_unpack('0i', b''))

s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), struct.Struct(b'>H').format)
print(s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), list(s.iter_unpack(bytes(12))))
err(lambda: struct.Struct(5))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
