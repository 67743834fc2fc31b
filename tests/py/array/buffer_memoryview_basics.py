# memoryview over bytes, bytearray and array.array: attributes (format, itemsize, ndim,
# shape, strides, nbytes, readonly, obj, contiguity), indexing, iteration, tolist,
# tobytes, hex, equality across formats, hashing, conversions, views of views.
import array

def attrs(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes,
            m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous, len(m))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

b = b'\x01\x02\xff'
m = memoryview(b)
print(attrs(m), m.obj is b, repr(m).startswith('<memory at 0x'))
print(m[0], m[1], m[-1], m[-3], list(m), m.tolist(), m.tobytes(), type(m[0]).__name__)
err(lambda: m[3])
err(lambda: m[-4])
err(lambda: m['x'])
err(lambda: m[1.0])
print(m.hex(), m.hex(':'), m.hex('-', 2), m.hex(' ', -2), m.hex(b'|'))
err(lambda: m.hex('::'))
print(m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None))
err(lambda: m.tobytes('X'))

ba = bytearray(b'hello')
m = memoryview(ba)
print(attrs(m), m.obj is ba, list(m), m[4], bytes(m), bytearray(m), m.tolist())

for tc in 'bBhHiIlLqQfd':
    if tc in 'fd':
        a = array.array(tc, [1.5, -0.25, 8.0])
    elif tc.isupper():
        a = array.array(tc, [1, 2, 100])
    else:
        a = array.array(tc, [-1, 2, 100])
    m = memoryview(a)
    print(tc, attrs(m), m.obj is a, m.tolist(), list(m), m[0], m[-1], m.tobytes() == a.tobytes())
    print(' ', m.hex() == a.tobytes().hex(), m == a, m == a.tolist(), m == m, m.tobytes() == bytes(m))

e = memoryview(array.array('i'))
print(attrs(e), e.tolist(), e.tobytes(), e.hex(), list(e))
e = memoryview(b'')
print(attrs(e), e.tolist(), e.tobytes(), e.hex(), e == b'')

# equality
mb = memoryview(b'abc')
print(mb == b'abc', mb == bytearray(b'abc'), mb == memoryview(bytearray(b'abc')), mb == b'abd', mb != b'ab')
print(mb == 'abc', mb == [97, 98, 99], b'abc' == mb, bytearray(b'abc') == mb)
print(mb == array.array('B', b'abc'), mb == array.array('b', b'abc'), mb == array.array('h', [97, 98, 99]))
print(memoryview(array.array('i', [1, 2])) == array.array('q', [1, 2]),
      memoryview(array.array('f', [1.5, 2.0])) == memoryview(array.array('d', [1.5, 2.0])),
      memoryview(array.array('d', [1.5])) == memoryview(array.array('i', [1])),
      memoryview(array.array('b', [-1])) == memoryview(array.array('B', [255])),
      memoryview(array.array('i', [1, 2])) == memoryview(array.array('i', [1, 3])))
nan = memoryview(array.array('d', [float('nan')]))
print(nan == nan, nan == array.array('d', [float('nan')]))

# hashing
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'')) == hash(b''))
print(hash(memoryview(b'xyz')[1:]) == hash(b'yz'), hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))
err(lambda: hash(memoryview(bytearray(b'abc')).toreadonly()))  # the exporter must be hashable
err(lambda: hash(memoryview(bytearray(b'abc'))))
err(lambda: hash(memoryview(array.array('B', [1]))))
err(lambda: hash(memoryview(array.array('i', [1])).toreadonly()))
err(lambda: hash(memoryview(b'abcd').cast('i')))

# conversions and views of views
a = array.array('h', [1, -2, 3])
m = memoryview(a)
print(bytes(m) == a.tobytes(), bytearray(m) == bytearray(a.tobytes()), list(m), type(bytearray(m)).__name__)
v = memoryview(m)
print(v is m, v.obj is a, attrs(v), v == m, v.tolist())
r = m.toreadonly()
print(r.readonly, m.readonly, r.obj is a, attrs(r), r == m, r.tolist())
err(lambda: r.__setitem__(0, 5))
r2 = memoryview(r)
print(r2.readonly, r2.obj is a, r.toreadonly().readonly)
m[0] = 7
print(r[0], v[0], r2[0], a[0])
print(memoryview(b'ab').readonly, memoryview(bytearray(b'ab')).readonly, memoryview(bytearray(b'ab')).toreadonly().readonly)
print(type(memoryview(b'x')).__name__, isinstance(m, memoryview), memoryview.__name__)
err(lambda: memoryview())
err(lambda: memoryview(b'a', b'b'))
print(memoryview(object=b'kw').tobytes())
