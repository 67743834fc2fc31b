# The C test library (_lib/libpjtest.so, built from _lib/testlib.c) end to end:
# structures passed and returned by value (small ones in registers, a 24-byte one
# through memory, nested and mixed-type ones), structures by pointer (modified in place,
# a struct with a char array and an int array, a linked list), out-parameters, array
# arguments (sums, in-place reversal and filling, a 2-D matrix), string functions
# (in-place modification of a buffer, truncating copies, NULL results), wide strings,
# global variables through in_dll, callbacks stored by C, and a layout cross-check of
# ctypes' structure layout against the C compiler's sizeof/offsetof.
import os
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


class Rect(Structure):
    _fields_ = [('tl', Point), ('br', Point)]


class Vec3(Structure):
    _fields_ = [('x', c_double), ('y', c_double), ('z', c_double)]


class Mixed(Structure):
    _fields_ = [('tag', c_char), ('value', c_double), ('count', c_short)]


class Record(Structure):
    _fields_ = [('name', c_char * 12), ('scores', c_int * 3)]


class Node(Structure):
    pass


Node._fields_ = [('value', c_int), ('next', POINTER(Node))]


class IntFloat(Union):
    _fields_ = [('i', c_int), ('f', c_float), ('b', c_ubyte * 4)]


def sig(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


print('--- scalars')
print(sig('pj_add_int', c_int, c_int, c_int)(40, 2), sig('pj_add_double', c_double, c_double, c_double)(0.5, 0.25))
print(sig('pj_add_uint', c_uint, c_uint, c_uint)(4000000000, 500000000), sig('pj_uchar_inc', c_ubyte, c_ubyte)(255))
print(sig('pj_short_id', c_short, c_short)(-5), sig('pj_bool_not', c_int, c_bool)(True), sig('pj_u32_max', c_uint32)())
print(sig('pj_neg_i64', c_int64, c_int64)(-2 ** 62), sig('pj_mul_ll', c_longlong, c_longlong, c_longlong)(123456789, 1000000007))
print(sig('pj_scale_float', c_float, c_float, c_float)(1.5, 2.0), sig('pj_nothing', None)())

print('--- structures by value')
point_sum = sig('pj_point_sum', c_int, Point)
print(point_sum(Point(3, 4)), point_sum(Point(-10, 2)))
make_point = sig('pj_make_point', Point, c_int, c_int)
p = make_point(7, -8)
print(type(p).__name__, p.x, p.y, p._b_needsfree_)
rect_area = sig('pj_rect_area', c_int, Rect)
print(rect_area(Rect(Point(1, 1), Point(4, 5))), rect_area(Rect((0, 0), (10, 10))))
make_rect = sig('pj_make_rect', Rect, Point, Point)
r = make_rect(Point(5, 1), Point(2, 8))
print(r.tl.x, r.tl.y, r.br.x, r.br.y, rect_area(r))
cross = sig('pj_vec3_cross', Vec3, Vec3, Vec3)
c = cross(Vec3(1, 0, 0), Vec3(0, 1, 0))
print(c.x, c.y, c.z)
c = cross(Vec3(1.5, -2, 3), Vec3(4, 5, -6.25))
print(c.x, c.y, c.z)
mixed_total = sig('pj_mixed_total', c_double, Mixed)
print(mixed_total(Mixed(b'\x01', 2.5, 300)), mixed_total(Mixed(b'A', -0.5, -1)))
# a structure argument is copied: the callee's changes are not seen
pt = Point(1, 2)
point_sum(pt)
print(pt.x, pt.y)

print('--- structures by pointer')
scale = sig('pj_point_scale', None, POINTER(Point), c_int)
pt = Point(3, -4)
scale(byref(pt), 5)
print(pt.x, pt.y)
scale(pointer(pt), -1)
print(pt.x, pt.y)
scale(pt, 2)  # a Point where POINTER(Point) is expected is passed by reference
print(pt.x, pt.y)
dot = sig('pj_vec3_dot', c_double, POINTER(Vec3), POINTER(Vec3))
print(dot(Vec3(1, 2, 3), Vec3(4, 5, 6)), dot(byref(Vec3(0.5, 0, 0)), pointer(Vec3(2, 9, 9))))
rec = Record()
sig('pj_record_init', None, POINTER(Record), c_char_p, c_int)(rec, b'a-very-long-name', 10)
print(rec.name, list(rec.scores), sig('pj_record_total', c_int, POINTER(Record))(rec))
rec.scores[1] = 100
print(lib.pj_record_total(rec))
nodes = [Node(v) for v in (5, 10, 20, 40)]
for a, b in zip(nodes, nodes[1:]):
    a.next = pointer(b)
list_sum = sig('pj_list_sum', c_int, POINTER(Node))
list_len = sig('pj_list_len', c_int, POINTER(Node))
print(list_sum(nodes[0]), list_len(nodes[0]), list_sum(nodes[2]), list_len(None))
nodes[1].next = None
print(list_sum(nodes[0]), list_len(nodes[0]))
u = IntFloat()
u.f = 0.5
print(sig('pj_union_float', c_float, POINTER(IntFloat))(u), hex(sig('pj_float_bits', c_uint, c_float)(-2.0)), hex(u.i))

print('--- layout agrees with the C compiler')
for name, ours in [('pj_sizeof_mixed', sizeof(Mixed)), ('pj_offsetof_mixed_value', Mixed.value.offset),
                   ('pj_sizeof_record', sizeof(Record))]:
    print(name, sig(name, c_size_t)() == ours, ours)

print('--- out-parameters')
divmod_ = sig('pj_divmod', None, c_int, c_int, POINTER(c_int), POINTER(c_int))
q, rem = c_int(), c_int()
divmod_(47, 6, byref(q), byref(rem))
print(q.value, rem.value)
minmax = sig('pj_minmax', c_int, POINTER(c_double), c_int, POINTER(c_double), POINTER(c_double))
lo, hi = c_double(), c_double()
data = (c_double * 5)(2.5, -8.0, 13.25, 0.0, 4.0)
print(minmax(data, 5, byref(lo), byref(hi)), lo.value, hi.value)
out = c_char_p()
setout = sig('pj_set_string_out', c_int, c_int, POINTER(c_char_p))
print(setout(1, byref(out)), out.value, setout(0, out), out.value)

print('--- arrays')
sum_ints = sig('pj_sum_ints', c_long, POINTER(c_int), c_int)
print(sum_ints((c_int * 5)(1, 2, 3, 4, 5), 5), sum_ints((c_int * 3)(2 ** 31 - 1, 2 ** 31 - 1, 2), 3), sum_ints(None, 0))
sum_d = sig('pj_sum_doubles', c_double, POINTER(c_double), c_size_t)
vals = [0.1] * 10
print(sum_d((c_double * 10)(*vals), 10), sum_d(cast((c_double * 2)(1e308, 1e308), POINTER(c_double)), 2))
arr = (c_int * 6)(*range(6))
sig('pj_reverse_ints', None, POINTER(c_int), c_int)(arr, 6)
print(list(arr))
lib.pj_reverse_ints(cast(addressof(arr) + 2 * sizeof(c_int), POINTER(c_int)), 3)  # the middle three
print(list(arr))
fill = sig('pj_fill_range', None, POINTER(c_int), c_int, c_int, c_int)
buf = (c_int * 5)()
fill(buf, 5, 100, -25)
print(list(buf))
mat = ((c_int * 3) * 3)((1, 2, 3), (4, 5, 6), (7, 8, 9))
print(sig('pj_matrix_trace', c_int, c_void_p)(mat))
statics = sig('pj_static_ints', POINTER(c_int))()
print(statics[:5], statics[2])

print('--- strings')
greet = sig('pj_greeting', c_char_p)
print(greet(), sig('pj_strlen', c_size_t, c_char_p)(b'twelve chars'))
up = sig('pj_upper', c_char_p, c_char_p)
sbuf = create_string_buffer(b'mixed Case 123')
print(up(sbuf), sbuf.value)  # the buffer is modified in place
up2 = sig('pj_upper', POINTER(c_char), POINTER(c_char))
abc = create_string_buffer(b'abc')  # must outlive the returned pointer into it
res = up2(abc)
print(res[:3], type(res).__name__, abc.value)
copy = sig('pj_copy_string', c_int, c_char_p, c_size_t, c_char_p)
dst = create_string_buffer(6)
print(copy(dst, sizeof(dst), b'overflowing'), dst.value, dst.raw)
print(copy(dst, sizeof(dst), b'ok'), dst.value, dst.raw)
print(sig('pj_count_char', c_int, c_char_p, c_char)(b'mississippi', b's'))
names = sig('pj_error_name', c_char_p, c_int)
print([names(i) for i in (0, 1, 2, 3, -1)])
print(sig('pj_wide_len', c_size_t, c_wchar_p)('\u00fcnic\u00f8de'), sig('pj_wide_greeting', c_wchar_p)())
ident = sig('pj_identity_ptr', c_void_p, c_void_p)
print(ident(None), ident(12345), sig('pj_is_null', c_int, c_void_p)(None))

print('--- globals')
counter = c_int.in_dll(lib, 'pj_global_counter')
bump = sig('pj_bump_counter', c_int, c_int)
print(counter.value, bump(8), counter.value)
counter.value = -1
print(bump(1), c_int.in_dll(lib, 'pj_global_counter').value)
ratio = c_double.in_dll(lib, 'pj_global_ratio')
print(ratio.value)
ratio.value = 0.75
print(c_double.in_dll(lib, 'pj_global_ratio').value)
gname = (c_char * 16).in_dll(lib, 'pj_global_name')
print(gname.value)
gname.value = b'renamed'
print((c_char * 16).in_dll(lib, 'pj_global_name').value)

print('--- callbacks')
INTFN = CFUNCTYPE(c_int, c_int)
apply_ = sig('pj_apply', c_int, INTFN, c_int)
print(apply_(INTFN(lambda v: v * v), 12), apply_(INTFN(abs), -3))
store = sig('pj_store_callback', None, INTFN)
call_stored = sig('pj_call_stored', c_int, c_int)
print(call_stored(1))
offset = INTFN(lambda v: v + 1000)
store(offset)
print(call_stored(1), call_stored(-1000))
store(INTFN())  # a NULL function pointer
print(call_stored(5))

print('--- variadic')
sum_va = sig('pj_sum_va', c_long, c_int)
print(sum_va(4, c_int(1), c_int(2), c_int(3), c_int(4)), sum_va(2, 10, -3), sum_va(0))
sum_vd = lib.pj_sum_va_double
sum_vd.restype = c_double
sum_vd.argtypes = None
print(sum_vd(3, c_double(0.5), c_double(0.25), c_double(0.125)))
