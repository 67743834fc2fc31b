# memoryview.release() and the context manager: operations on a released view, and
# exporters (array.array, bytearray) refusing to resize while a view is alive (BufferError),
# same-size in-place changes being allowed and visible, resizing working again after release.
import array

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b'abc')
h = hash(m)
print(m.release(), m.release(), repr(m).startswith('<released memory at 0x'), str(m).startswith('<released memory'))
ops = [
    ('len', lambda: len(m)), ('getitem', lambda: m[0]), ('slice', lambda: m[0:1]), ('tolist', lambda: m.tolist()),
    ('tobytes', lambda: m.tobytes()), ('hex', lambda: m.hex()), ('format', lambda: m.format),
    ('itemsize', lambda: m.itemsize), ('ndim', lambda: m.ndim), ('shape', lambda: m.shape),
    ('strides', lambda: m.strides), ('suboffsets', lambda: m.suboffsets), ('nbytes', lambda: m.nbytes),
    ('readonly', lambda: m.readonly), ('obj', lambda: m.obj), ('c_contiguous', lambda: m.c_contiguous),
    ('f_contiguous', lambda: m.f_contiguous), ('contiguous', lambda: m.contiguous), ('cast', lambda: m.cast('B')),
    ('toreadonly', lambda: m.toreadonly()), ('list', lambda: list(m)), ('bytes', lambda: bytes(m)),
    ('bytearray', lambda: bytearray(m)), ('memoryview', lambda: memoryview(m)), ('setitem', lambda: m.__setitem__(0, 1)),
    ('in', lambda: 97 in m), ('enter', lambda: m.__enter__()), ('exit', lambda: m.__exit__(None, None, None)),
    ('eq', lambda: m == b'abc'), ('ne', lambda: m != b'abc'), ('eqself', lambda: m == m), ('hash cached', lambda: hash(m) == h),
    ('join', lambda: b''.join([m])), ('concat', lambda: b'x' + m),
]
for label, f in ops:
    err(label, f)
m2 = memoryview(b'abc')
m2.release()
err('hash uncached', lambda: hash(m2))
print(m == m2, m2 == m2, m != m2)

# the context manager
b = bytearray(b'xyz')
with memoryview(b) as m:
    print(m.__enter__() is m, m.tobytes(), m[0])
    err('append inside with', lambda: b.append(1))
err('after with', lambda: m.tobytes())
b.append(33)
print(b)
try:
    with memoryview(b) as m:
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e)
b.extend(b'??')
print(b, repr(m).startswith('<released'))

def resize_ops_array(a):
    return [('append', lambda: a.append(1)), ('extend', lambda: a.extend([1])), ('extend same', lambda: a.extend(a)),
            ('pop', lambda: a.pop()), ('pop0', lambda: a.pop(0)), ('insert', lambda: a.insert(0, 5)), ('remove', lambda: a.remove(5)),
            ('frombytes', lambda: a.frombytes(b'\x01\x00\x00\x00')), ('fromlist', lambda: a.fromlist([4])),
            ('del item', lambda: a.__delitem__(0)), ('del slice', lambda: a.__delitem__(slice(0, 2))),
            ('del step', lambda: a.__delitem__(slice(None, None, 2))), ('grow slice', lambda: a.__setitem__(slice(0, 1), array.array('i', [1, 2]))),
            ('shrink slice', lambda: a.__setitem__(slice(0, 2), array.array('i', [1]))), ('iadd', lambda: a.__iadd__(array.array('i', [1]))),
            ('imul', lambda: a.__imul__(2)), ('imul0', lambda: a.__imul__(0))]

a = array.array('i', [5, 6, 7, 8])
m = memoryview(a)
for label, f in resize_ops_array(a):
    err(label, f)
print(a, m.tolist())
# no size change: allowed
a.extend([]); a.frombytes(b''); a.fromlist([]); a.extend(array.array('i')); a *= 1; a += array.array('i')
a[0:2] = array.array('i', [50, 60]); a[::2] = array.array('i', [1, 3])
print(a, m.tolist())
# quirk: any slice deletion or assignment of an empty array fails, even a no-op
err('del empty slice', lambda: a.__delitem__(slice(10, 20)))
err('assign empty', lambda: a.__setitem__(slice(0, 0), array.array('i')))
a[1] = 9
a.reverse()
print(a, m.tolist(), m[0])
a.byteswap()
print(m.tobytes().hex(), m[3] == a[3])
a.byteswap()
m.release()
for label, f in resize_ops_array(a):
    err(label, f)
print(a)

# derived views keep the export alive after the parent is released
a = array.array('i', [1, 2, 3])
m = memoryview(a)
s = m[::2]
r = m.toreadonly()
v = memoryview(m)
m.release()
err('append with 3 views', lambda: a.append(4))
s.release(); r.release()
err('append with 1 view', lambda: a.append(4))
print(v.tolist())
v.release()
a.append(4)
print(a)
m1 = memoryview(a)
m2 = memoryview(a)
m1.release()
err('append second view', lambda: a.append(5))
m2.release()
a.append(5)
print(a)

b = bytearray(b'abcd')
m = memoryview(b)
for label, f in [('append', lambda: b.append(1)), ('extend', lambda: b.extend(b'x')), ('del item', lambda: b.__delitem__(0)),
                 ('clear', lambda: b.clear()), ('iadd', lambda: b.__iadd__(b'x')), ('imul', lambda: b.__imul__(2)),
                 ('pop', lambda: b.pop()), ('insert', lambda: b.insert(0, 1)), ('remove', lambda: b.remove(97)),
                 ('grow slice', lambda: b.__setitem__(slice(0, 1), b'xy')), ('del step', lambda: b.__delitem__(slice(None, None, 2)))]:
    err(label, f)
b.extend(b''); b += b''; b *= 1; del b[10:20]; b[0:0] = b''; b[1:3] = b'XY'; b[0] = 65; b[::3] = b'01'
print(b, m.tobytes())
b.reverse()
print(m.tobytes(), m[0])
m.release()
b.clear()
b += b'new'
print(b)
