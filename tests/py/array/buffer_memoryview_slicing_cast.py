# memoryview slicing (steps, negative steps, contiguity), item and slice assignment
# through writable views, cast() between formats and to 2-D shapes, tuple indexing,
# and the errors of invalid casts, read-only writes, bad values and bad indices.
import array

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def info(m):
    return (m.shape, m.strides, m.tolist(), m.tobytes(), m.nbytes, m.c_contiguous, m.f_contiguous, m.contiguous)

m = memoryview(b'abcdefgh')
for s in (slice(None), slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
          slice(6, 1, -2), slice(-3, None), slice(5, 2), slice(100, 200), slice(-100, 3), slice(None, None, -3)):
    v = m[s]
    print(s, info(v), v.readonly, v.obj is m.obj)
err(lambda: m[::0])
print(m[::2][::-1].tolist(), m[1:][1:][1:].tobytes(), m[::-1][::-1].tobytes(), m[::2][1], m[::-2][-1])

a = array.array('i', range(10))
m = memoryview(a)
v = m[8:1:-3]
print(info(v), v.format, v.itemsize, len(v), v[0], v[-1])
print(info(m[::4]), m[::4].hex())

# writes through views
ba = bytearray(b'0123456789')
m = memoryview(ba)
m[0] = 65
m[-1] = 90
m[2:4] = b'xy'
m[4:7] = bytearray(b'PQR')
m[1:10:4] = memoryview(b'!!!')
print(ba)
m[::-1] = b'abcdefghij'
print(ba, m[3])
m[5:5] = b''
print(ba)
sub = m[2:6]
sub[0] = ord('Z')
sub[1:3] = b'zz'
print(ba, sub.tobytes())
err(lambda: m.__setitem__(0, 256))
err(lambda: m.__setitem__(0, -1))
err(lambda: m.__setitem__(0, b'a'))
err(lambda: m.__setitem__(0, 1.0))
err(lambda: m.__setitem__(10, 1))
err(lambda: m.__setitem__(-11, 1))
err(lambda: m.__setitem__(slice(0, 2), b'abc'))
err(lambda: m.__setitem__(slice(0, 4, 2), b'a'))
err(lambda: m.__setitem__(slice(0, 2), [1, 2]))
err(lambda: m.__setitem__(slice(0, 2), memoryview(array.array('h', [1]))))
err(lambda: m.__delitem__(0))
err(lambda: memoryview(b'ab').__setitem__(0, 1))
err(lambda: memoryview(b'ab').__setitem__(slice(0, 1), b'x'))
print(ba)

a = array.array('h', [1, 2, 3, 4])
m = memoryview(a)
m[0] = -5
m[1:3] = array.array('h', [20, 30])
m[::-3] = array.array('h', [40, 10])
print(a)
err(lambda: m.__setitem__(0, 40000))
err(lambda: m.__setitem__(0, 1.5))
err(lambda: m.__setitem__(0, 'x'))
err(lambda: m.__setitem__(slice(0, 2), array.array('i', [1, 2])))
err(lambda: m.__setitem__(slice(0, 4), b'\x00\x00\x00\x00\x00\x00\x00\x00'))
err(lambda: m[4])
md = memoryview(array.array('d', [0.0, 0.0]))
md[0] = 1.5
md[1] = 3
print(md.tolist())
err(lambda: md.__setitem__(0, 'x'))
mq = memoryview(array.array('Q', [0]))
err(lambda: mq.__setitem__(0, -1))
mq[0] = 2**64 - 1
print(mq[0])
err(lambda: mq.__setitem__(0, 2**64))

# cast
buf = bytearray(16)
m = memoryview(buf)
d = m.cast('d')
print(d.format, d.itemsize, d.shape, d.strides, d.nbytes, d.obj is buf, d.tolist())
d[0] = 1.5
d[1] = -0.25
print(buf.hex(), d.tolist(), d.cast('B').tolist() == list(buf), d.cast('B', [16]).shape)
c = m.cast('c')
print(c.format, c[0], c[-1], c.tolist()[:3], c.itemsize)
c[0] = b'\x01'
print(buf[0], d.tolist()[0] != 1.5)
err(lambda: c.__setitem__(1, 1))
err(lambda: c.__setitem__(1, b'ab'))
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'ab').cast('b').tolist(), memoryview(b'\xff').cast('b')[0])
i = memoryview(array.array('i', [1, -1])).cast('B')
print(i.tolist(), i.cast('I').tolist(), i.cast('h').tolist(), i.cast('q').tolist())

g = memoryview(bytearray(range(6))).cast('B', shape=[2, 3])
print(g.ndim, g.shape, g.strides, len(g), g.tolist(), g[1, 2], g[0, 0], g[-1, -1], g.nbytes, g.c_contiguous, g.f_contiguous)
g[1, 0] = 99
print(g.tolist(), g.obj[3], g.tobytes(), list(g.cast('B')))
err(lambda: g[0])
s1 = g[0:1]
print(s1.shape, s1.strides, s1.tolist(), s1.ndim, g[1:].tolist(), g[::-1].tolist(), g[::-1].strides)
err(lambda: g[2, 0])
err(lambda: g[0, 3])
err(lambda: g[0, -4])
err(lambda: g[0, 1, 2])
err(lambda: g[0, 'a'])
err(lambda: list(g))
err(lambda: g.__setitem__(0, 1))
err(lambda: g.cast('B', [3, 2]))
h = memoryview(bytearray(24)).cast('i', (2, 3))
print(h.shape, h.strides, h.itemsize, h.tolist(), h.cast('B').shape)
print(memoryview(b'abcd').cast('B', [2, 1, 2]).tolist(), memoryview(b'').cast('i').tolist(), memoryview(b'abcd').cast('B', [1, 4]).tolist())
err(lambda: memoryview(b'').cast('B', [0]))

err(lambda: memoryview(bytearray(10)).cast('d'))
err(lambda: memoryview(bytearray(12)).cast('i', [2, 2]))
err(lambda: memoryview(bytearray(8))[::2].cast('B'))
err(lambda: memoryview(bytearray(8)).cast('x'))
err(lambda: memoryview(bytearray(8)).cast('ii'))
err(lambda: memoryview(bytearray(8)).cast(5))
err(lambda: memoryview(array.array('i', [1, 2])).cast('h'))
w = memoryview(array.array('i', [1, 2])).cast('B', [2, 4])
print(w.shape, w.strides, w.tolist(), w.format)
err(lambda: memoryview(bytearray(8)).cast('B', 8))
err(lambda: memoryview(bytearray(8)).cast('B', [-8]))
err(lambda: memoryview(bytearray(8)).cast('B', []))
print(memoryview(bytearray(8)).cast('@B').format, memoryview(bytearray(8)).cast('L').format, memoryview(b'12345678').cast('q').readonly)
