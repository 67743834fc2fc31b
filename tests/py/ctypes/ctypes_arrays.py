# ctypes arrays: array types from `type * n` (names, caching, _length_/_type_, sizeof,
# alignment), construction, indexing and negative indices, slicing (steps, reversed,
# out of range) and slice assignment, iteration, multi-dimensional arrays, arrays of
# structures/pointers/strings, c_char and c_wchar arrays (.value, .raw), defining an
# Array subclass directly, and CPython's error messages (including RuntimeError for a
# nested initializer error and the tuple-but-not-list rule for nested elements).
import ctypes
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- array types')
A = c_double * 4
print(A.__name__, A._length_, A._type_.__name__, sizeof(A), alignment(A), (c_double * 4) is A)
print([k.__name__ for k in A.__mro__], issubclass(A, ctypes.Array))
print((c_int * 0).__name__, sizeof(c_int * 0), ((c_int * 3) * 2).__name__, sizeof((c_int * 3) * 2))
print((c_char * 3).__name__, (c_int64 * 2).__name__, (c_longlong * 2) is (c_long * 2))
print(sizeof(c_char * 5), alignment(c_char * 5), sizeof(c_short * 3), alignment(c_short * 3))

print('--- construction and indexing')
a = A(1, 2.5, 3)
print(list(a), a[0], a[-1], a[-4], len(a), type(a[0]).__name__)
a[3] = 9
a[-2] = 7
print(list(a))
a[0] += 0.5
print(a[0], A()[2], list(A(*range(4))))
print(list((c_int * 5)(*[1, 2])), list((c_bool * 3)(1, 0, 5)), list((c_ubyte * 3)(255, 256, -1)))
print(list((c_char_p * 3)(b'ab', None)), list((c_void_p * 2)()), list((c_wchar_p * 2)('x', None)))
print(list((c_float * 2)(0.1, 1e40)), list((c_short * 2)(70000, -70000)))
it = iter(a)
print(next(it), next(it), list(it), 2.5 in a, 7.0 in a, 8.0 in a)
print(a == a, a != A(*a), bytes((c_short * 3)(1, 2, -1)))

print('--- slicing')
a = (c_int * 6)(*range(10, 16))
print(a[:], type(a[:]).__name__, a[1:3], a[::-1], a[::2], a[1::3], a[-2:], a[4:1:-1])
print(a[1:100], a[-100:2], a[5:1], a[10:], a[::-2], a[-1:-4:-1])
a[0:2] = [100, 101]
print(list(a))
a[::2] = (7, 8, 9)
print(list(a))
a[4:1:-1] = range(3)
print(list(a))
a[3:3] = []
print(list(a))

print('--- multi-dimensional')
M = (c_int * 3) * 2
m = M((1, 2, 3), (4, 5, 6))
print(M.__name__, sizeof(M), len(m), len(m[0]), m[1][2], m[-1][-3], [list(r) for r in m], type(m[0]).__name__)
m[0][1] = 50
print(list(m[0]), m[0][:2], [r[:] for r in m[::-1]])
row = m[1]
row[0] = 40  # a row shares the array's memory
print(m[1][0], row._b_base_ is m, m._b_base_)
m[1] = (c_int * 3)(7, 8, 9)
print(list(m[1]))
m[0] = (11, 12, 13)  # a tuple is accepted as an initializer for the element type
print(list(m[0]))
cube = ((c_ubyte * 2) * 3) * 2
c = cube()
c[1][2][1] = 255
print(sizeof(cube), bytes(c).hex(), c[1][2][:], len(c[1]))
rows = [[r * 10 + k for k in range(4)] for r in range(3)]
grid = ((c_double * 4) * 3)(*[tuple(r) for r in rows])
print(sum(sum(r) for r in grid), grid[2][3], [r[1] for r in grid])

print('--- arrays of structures and pointers')


class P(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


pa = (P * 3)((1, 2), P(3, 4))
print(pa[1].x, [(p.x, p.y) for p in pa], sizeof(pa))
pa[0].x = 100
p0 = pa[0]
p0.y = 200
print(pa[0].x, pa[0].y, p0._b_base_ is pa)
pa[2] = P(9, 9)
print(pa[2].y, [p.x for p in pa[1:]])
ints = [c_int(i) for i in range(3)]
ptrs = (POINTER(c_int) * 3)(*[pointer(i) for i in ints])
print([p[0] for p in ptrs], bool((POINTER(c_int) * 1)()[0]))

print('--- char and wchar arrays')
ca = (c_char * 5)(b'a', b'b')
print(ca.value, ca.raw, ca[:], ca[1], list(ca), ca[1:3], ca[::-1])
ca.value = b'xyz'
print(ca.raw, ca.value)
ca.raw = b'12345'
print(ca.value, ca.raw)
ca[0:2] = b'AB'
ca[4] = b'!'
ca[3] = 0x41
print(ca.raw, ca.value)
ca.value = b''
print(ca.raw, ca.value)
wa = (c_wchar * 4)('a', '\u20ac')
print(repr(wa.value), repr(wa[:]), list(wa), repr(wa[1:3]))
wa.value = 'xyz'
print(repr(wa[:]), wa.value)
wa[3] = 'q'
print(repr(wa.value), repr(wa[::-1]))

print('--- Array subclasses')


class Triple(ctypes.Array):
    _type_ = c_short
    _length_ = 3


t = Triple(1, 2)
print(list(t), sizeof(Triple), Triple.__name__, t[2])


class Named(c_int * 2):
    pass


print(list(Named(5, 6)), Named._length_, Named.__mro__[1].__name__)

print('--- errors')
a = (c_double * 4)()
err(lambda: a[4])
err(lambda: a[-5])
err(lambda: a.__setitem__(4, 1))
err(lambda: a.__setitem__(0, 'x'))
err(lambda: a.__setitem__(slice(0, 2), [1]))
err(lambda: a.__setitem__(slice(0, 2), [1, 2, 3]))
err(lambda: a.__setitem__(slice(0, 2), 5))
err(lambda: a.__setitem__(slice(0, 2), ['a', 'b']))
err(lambda: a.__delitem__(0))
err(lambda: a['x'])
err(lambda: a[1.0])
err(lambda: (c_double * 4)(1, 2, 3, 4, 5))
err(lambda: (c_double * 4)('x'))
err(lambda: (c_int * 2)(1.5))
err(lambda: M((1, 2, 3, 4),))
err(lambda: M([1, 2, 3]))
err(lambda: M((1, 'x', 3),))
err(lambda: m.__setitem__(0, [1, 2, 3]))
err(lambda: m.__setitem__(0, (c_int * 2)()))
err(lambda: (P * 2)((1, 2, 3),))
err(lambda: (P * 2)(5))
err(lambda: setattr(ca, 'value', b'123456'))
err(lambda: setattr(ca, 'raw', b'123456'))
err(lambda: setattr(ca, 'value', 'str'))
err(lambda: setattr(ca, 'raw', 'str'))
err(lambda: ca.__setitem__(0, b'xy'))
err(lambda: ca.__setitem__(slice(0, 2), b'x'))
err(lambda: ca.__setitem__(slice(0, 2), 'xy'))
err(lambda: setattr(wa, 'value', 'toolong'))
err(lambda: setattr(wa, 'value', b'xy'))
err(lambda: wa.raw)
err(lambda: (c_int * 3)().value)
err(lambda: c_int * -1)
err(lambda: type('X', (ctypes.Array,), {'_type_': c_int}))
err(lambda: type('X', (ctypes.Array,), {'_length_': 3}))
err(lambda: type('X', (ctypes.Array,), {'_length_': -1, '_type_': c_int}))
err(lambda: type('X', (ctypes.Array,), {'_length_': 'a', '_type_': c_int}))
err(lambda: type('X', (ctypes.Array,), {'_length_': 2, '_type_': 5}))
err(lambda: ctypes.Array())
err(lambda: hash(a))
