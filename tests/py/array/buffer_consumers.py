# Consumers of the buffer protocol reading an exporter's memory: bytes()/bytearray()
# constructors, concatenation, join, array.frombytes, bytearray.extend, int.from_bytes,
# bytes methods taking buffers, TypeErrors for non-buffers, and 'u' arrays (format 'w').
import array

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('h', [1, -2, 300])
raw = a.tobytes()
print(raw, bytes(a) == raw, bytearray(a) == bytearray(raw), bytes(memoryview(a)) == raw, memoryview(a).tobytes() == raw)
print(bytes(a), bytearray(a), list(bytes(a)), bytes(array.array('B', [1, 2, 255])), bytes(array.array('b', [-1, 1])))
for tc in 'bBhHiIlLqQfd':
    x = array.array(tc, [1, 2, 3])
    mv = memoryview(x)
    print(tc, bytes(x) == x.tobytes() == bytes(mv) == mv.tobytes(), bytearray(mv) == x.tobytes(),
          len(bytes(x)) == mv.nbytes == len(x) * x.itemsize, mv.hex() == x.tobytes().hex() == bytes(x).hex() == bytearray(x).hex())
print(bytes(array.array('d', [1.5, -0.25])), bytes(memoryview(array.array('f', [0.5]))))
print(bytes(memoryview(b'abcdef')[::2]), bytearray(memoryview(b'abcd')[::-1]), bytes(memoryview(b'abcd').cast('B', [2, 2])))

# hex round trip without bytes.fromhex
h = memoryview(a).hex()
back = bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))
print(h, back == raw, array.array('h', back) == a, memoryview(a).hex(':', 2))

# array.frombytes and the array constructor
c = array.array('h')
c.frombytes(raw); c.frombytes(bytearray(raw)); c.frombytes(memoryview(raw)); c.frombytes(memoryview(a).cast('B'))
print(c, len(c))
err(lambda: c.frombytes(memoryview(a)))
err(lambda: c.frombytes(array.array('i', [1])))
err(lambda: c.frombytes(b'abc'))
err(lambda: c.frombytes(memoryview(b'abcd')[::2]))
err(lambda: c.frombytes('ab'))
err(lambda: c.frombytes([1, 2]))
print(array.array('h', raw), array.array('h', bytearray(raw)), array.array('B', memoryview(b'ab')), array.array('h', memoryview(b'ab')))
print(array.array('i', a), array.array('B', array.array('h', [1, 2])))
err(lambda: array.array('h', b'abc'))
d = array.array('B', b'xy')
d.frombytes(memoryview(bytearray(b'zw')))
print(d, bytes(d), d.tobytes() == memoryview(d).tobytes())

# bytearray.extend, +=, concatenation, join
ba = bytearray(b'>')
ba.extend(memoryview(b'ab')); ba.extend(bytearray(b'c')); ba.extend(array.array('B', [100])); ba.extend(memoryview(a))
ba += memoryview(b'!'); ba += array.array('b', [63])
print(ba)
err(lambda: bytearray(b'x').extend(memoryview(b'abcd')[::2]))
print(b'x' + memoryview(b'yz'), b'x' + bytearray(b'y'), b'x' + array.array('B', [65]), b'x' + memoryview(a))
print(bytearray(b'x') + memoryview(b'yz'), bytearray(b'x') + b'y', bytearray(b'x') + array.array('b', [66]), bytearray(5) + memoryview(b'a'))
print(b''.join([memoryview(b'ab'), b'cd', bytearray(b'ef')]), bytearray(b'-').join([memoryview(b'ab'), b'cd', array.array('B', [103])]))
print(b'+'.join([memoryview(a)]) == raw, b''.join([]), b', '.join([memoryview(b'x')]))
err(lambda: b''.join([memoryview(b'abcd')[::2]]))
err(lambda: b'x' + memoryview(b'abcd')[::2])
err(lambda: memoryview(b'ab') + b'c')
err(lambda: b'x' + 5)
err(lambda: bytearray(b'x') + 'a')
err(lambda: b''.join([b'a', 1]))
err(lambda: bytearray(b'').join(['a']))

# int.from_bytes and bytes methods accepting buffers
print(int.from_bytes(memoryview(b'\x01\x02'), 'little'), int.from_bytes(memoryview(b'\x01\x02'), 'big'),
      int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), int.from_bytes(array.array('B', [1, 0]), 'big'),
      int.from_bytes(memoryview(array.array('h', [258])), 'little'), int.from_bytes(memoryview(b'\x01\x00\x02')[::2], 'little'))
err(lambda: int.from_bytes('x', 'big'))
err(lambda: int.from_bytes(5, 'big'))
mb = memoryview(b'b')
print(b'abcb'.find(mb), b'abcb'.count(mb), b'abc'.startswith(memoryview(b'ab')), b'abc'.replace(mb, bytearray(b'XY')),
      b'abcb'.split(mb), mb in b'abc', memoryview(b'z') in b'abc', bytearray(b'abc').find(mb), b'abc'.endswith(bytearray(b'c')))
print(str(memoryview(b'hi'), 'ascii'), str(array.array('B', b'ok'), 'ascii'), b'%b|%s' % (memoryview(b'x'), bytearray(b'y')))
print(b'ab' == memoryview(b'ab'), bytearray(b'ab') == memoryview(b'ab'), sum(memoryview(b'\x01\x02')), max(memoryview(b'\x05\x09\x01')))
err(lambda: b'ab' < memoryview(b'ac'))

# objects that are not buffers
for obj in (5, 's', [1], None, 1.5, (1, 2), {'a': 1}, range(3)):
    err(lambda: memoryview(obj))

# 'u' arrays export format 'w' with 4-byte items on Linux
u = array.array('u', 'ab')
mu = memoryview(u)
print(mu.format, mu.itemsize, mu.nbytes, mu.shape, len(mu), bytes(u) == 'ab'.encode('utf-32-le'), mu.cast('B').tolist())
err(lambda: mu.tolist())
err(lambda: mu[0])
err(lambda: list(mu))
err(lambda: mu == mu)
err(lambda: mu.__setitem__(0, 'c'))
print(mu.tobytes() == bytes(u), mu.hex())
