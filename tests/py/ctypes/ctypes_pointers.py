# ctypes pointers: POINTER types (names, caching, aliases, sizeof), pointer(), .contents
# get/set (and CPython's lax type check when setting it), indexing and slicing through a
# pointer, NULL pointers and their errors, pointers to pointers and to structures,
# byref (with offsets) and from_param, the automatic byref of a c_int passed where
# POINTER(c_int) is expected, incomplete (self-referencing) types, and out-parameters
# through libc's strtol and the test library.
import ctypes
import ctypes.util
import os
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))
libc = CDLL(ctypes.util.find_library('c'))


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- pointer types')
P = POINTER(c_int)
print(P.__name__, P._type_.__name__, POINTER(c_int) is P, POINTER(c_int32) is P, sizeof(P), alignment(P))
print([k.__name__ for k in P.__mro__], issubclass(P, ctypes._Pointer))
print(POINTER(POINTER(c_int)).__name__, POINTER(c_char).__name__, POINTER(c_char_p).__name__,
      POINTER(c_longlong).__name__, POINTER(c_double * 3).__name__)
print(POINTER(None) is c_void_p, c_int in ctypes._pointer_type_cache)

print('--- pointer() and contents')
x = c_int(5)
p = pointer(x)
print(type(p) is P, p.contents, p.contents.value, p[0], bool(p), sizeof(p))
print(p.contents is x, p.contents is p.contents, addressof(p.contents) == addressof(x))
p[0] = 7
print(x.value)
p.contents.value = 9
print(x.value, p[0])
y = c_int(11)
p.contents = y
print(p[0], p.contents.value, x.value)
y.value = 12
print(p[0])
lp = P(x)
print(lp[0], lp.contents.value)
q = P()
q.contents = c_int(42)  # the pointer keeps the new object alive
print(q[0])
print(pointer(c_double(1.5)).contents, pointer(c_char(b'x'))[0], pointer(c_bool(True))[0])
print(pointer(x) == pointer(x), p == p)

print('--- NULL pointers')
np = P()
print(bool(np), bool(P()), bool(cast(None, P)), bool(cast(0, P)))
err(lambda: np.contents)
err(lambda: np[0])
err(lambda: np.__setitem__(0, 1))
err(lambda: POINTER(c_char_p)()[0])

print('--- indexing and slicing through a pointer')
arr = (c_int * 5)(10, 20, 30, 40, 50)
pa = cast(arr, P)
print(pa[0], pa[4], pa[-0], pa[:5], pa[1:4], pa[4:1:-1], pa[:5:2], pa[0:0], pa[3:1])
pa[2] = 33
pa[4] += 5
print(list(arr))
print(pointer(arr)[0][1], pointer(arr).contents[4])
sp = lib.pj_static_ints
sp.restype = P
s = sp()
print(s[0], s[4], s[1:3], bool(s), s.contents)
cp = cast(create_string_buffer(b'hello'), POINTER(c_char))
print(cp[0], cp[:5], cp[1:4], type(cp[:2]).__name__)
wp = cast(create_unicode_buffer('w\u00f6rld'), POINTER(c_wchar))
print(wp[1], wp[:5], type(wp[:5]).__name__)
dp = cast((c_double * 3)(0.5, 1.5, 2.5), POINTER(c_double))
print(dp[:3], dp[2])

print('--- pointer errors')
err(lambda: pointer(5))
err(lambda: pointer(c_int))
err(lambda: POINTER(5))
err(lambda: P(5))
err(lambda: setattr(np, 'contents', 5))
err(lambda: setattr(np, 'contents', None))
err(lambda: p['a'])
err(lambda: p[1.5])
err(lambda: p[::2])
err(lambda: p[1:])
err(lambda: p[:])
err(lambda: len(p))
err(lambda: p.__delitem__(0))


def delete_contents():
    del p.contents


err(delete_contents)
print(P(c_long(1))[0])  # any ctypes instance is accepted by the constructor ...
z = P()
z.contents = c_long(5)  # ... and by .contents: only non-ctypes values are type-checked
print(z[0])
z.contents = c_double(0.0)
print(z[0])

print('--- pointers to pointers and structures')
pp = pointer(p)
print(type(pp).__name__, pp.contents.contents.value, pp[0][0])
pp[0][0] = 77
print(y.value)


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


pt = Point(3, 4)
ppt = pointer(pt)
print(POINTER(Point).__name__, ppt.contents.x, ppt[0].y, type(ppt[0]).__name__)
ppt.contents.x = 30
ppt[0].y = 40
print(pt.x, pt.y)
pts = (Point * 3)((1, 1), (2, 2), (3, 3))
ppts = cast(pts, POINTER(Point))
print(ppts[2].x, [(a.x, a.y) for a in ppts[:3]])


class Node(Structure):
    pass


Node._fields_ = [('value', c_int), ('next', POINTER(Node))]
n3 = Node(3)
n2 = Node(2, pointer(n3))
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, n1.next[0].next[0].value, bool(n3.next), sizeof(Node))
err(lambda: n3.next.contents)
print(lib.pj_list_sum(byref(n1)), lib.pj_list_len(pointer(n2)), lib.pj_list_len(None))
vals = []
node = pointer(n1)
while node:
    vals.append(node.contents.value)
    node = node.contents.next
print(vals)

print('--- byref')
b = byref(x)
print(type(b).__name__, b._obj is x)
err(lambda: byref(5))
err(lambda: byref(c_int))
err(lambda: byref(x, 'a'))
print(P.from_param(None), type(P.from_param(p)).__name__, type(P.from_param(x)).__name__,
      type(P.from_param(byref(x))).__name__, type(P.from_param((c_int * 3)())).__name__)
err(lambda: P.from_param(c_long()))
err(lambda: P.from_param(5))
err(lambda: P.from_param(byref(c_long())))
err(lambda: P.from_param(pointer(c_long())))
err(lambda: P.from_param((c_long * 2)()))

print('--- out-parameters')
q_, r_ = c_int(), c_int()
lib.pj_divmod(17, 5, byref(q_), byref(r_))
print(q_.value, r_.value)
lib.pj_divmod.argtypes = [c_int, c_int, POINTER(c_int), POINTER(c_int)]
lib.pj_divmod(-17, 5, q_, r_)  # plain c_int instances are passed by reference
print(q_.value, r_.value)
lib.pj_divmod(100, 7, pointer(q_), byref(r_))
print(q_.value, r_.value)
end = c_char_p()
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
src = b'  1234xyz'
print(libc.strtol(src, byref(end), 10), end.value)
print(libc.strtol(b'ff rest', byref(end), 16), end.value, libc.strtol(b'777', None, 8))
lo, hi = c_double(), c_double()
data = (c_double * 4)(3.5, -1.25, 9.0, 0.0)
lib.pj_minmax.argtypes = [POINTER(c_double), c_int, POINTER(c_double), POINTER(c_double)]
print(lib.pj_minmax(data, 4, byref(lo), byref(hi)), lo.value, hi.value, lib.pj_minmax(data, 0, lo, hi))
out = c_char_p()
print(lib.pj_set_string_out(0, byref(out)), out.value, lib.pj_set_string_out(1, byref(out)), out.value)
