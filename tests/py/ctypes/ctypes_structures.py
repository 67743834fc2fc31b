# ctypes Structure: _fields_ layout (sizeof, alignment, field offsets and sizes, the
# CField descriptor's repr), construction by position and keyword, nested structures
# and arrays inside structures (sharing memory, tuple initializers), _pack_, _anonymous_,
# subclassing a structure (fields appended), self-referencing structures, byte-order
# structures, bytes() of an instance, and CPython's errors for bad _fields_, bad
# initializers, and assigning _fields_ twice.
import ctypes
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


def layout(cls):
    print(cls.__name__, sizeof(cls), alignment(cls),
          [(f[0], getattr(cls, f[0]).offset, getattr(cls, f[0]).size) for f in cls._fields_])


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


class Rect(Structure):
    _fields_ = [('tl', Point), ('br', Point)]


class Mixed(Structure):
    _fields_ = [('tag', c_char), ('value', c_double), ('count', c_short)]


class Record(Structure):
    _fields_ = [('name', c_char * 12), ('scores', c_int * 3)]


class Tail(Structure):
    _fields_ = [('d', c_double), ('c', c_char)]


class Ptrs(Structure):
    _fields_ = [('flag', c_bool), ('p', c_void_p), ('s', c_char_p), ('w', c_wchar_p), ('f', c_float)]


print('--- layout')
for cls in [Point, Rect, Mixed, Record, Tail, Ptrs]:
    layout(cls)
print(Point.x, Point.y, Mixed.value, Record.scores, Record.name, Rect.br)
print(type(Point.x).__name__, Point.x.offset, Point.x.size, [k.__name__ for k in Point.__mro__])
print(Point._fields_ == [('x', c_int), ('y', c_int)], [k.__name__ for k in Rect.__mro__][1:])

print('--- construction')
p = Point(1, 2)
print(p.x, p.y, Point(y=5).x, Point(y=5).y, Point().x, Point(3).y, Point(7, y=8).y)
q = Point(1, z=2)  # unknown keywords are simply set as instance attributes
print(q.z, q.x)
p.x = 2 ** 32 + 10
p.y = -1
print(p.x, p.y, bytes(p))
p.x += 5
print(p.x)
m = Mixed(b'a', 1.5, 70000)
print(m.tag, m.value, m.count, type(m.tag).__name__)
pt = Ptrs(True, 16, b'str', 'wide', 0.1)
print(pt.flag, pt.p, pt.s, pt.w, pt.f, Ptrs().p, Ptrs().s, Ptrs().w)
pt.s = None
pt.p = None
print(pt.s, pt.p)
print(bytes(Point(1, 2)), bytes(Tail(1.0, b'z')).hex())

print('--- nesting and arrays inside')
r = Rect(Point(1, 2), (3, 4))
print(r.tl.x, r.tl.y, r.br.x, r.br.y, type(r.tl).__name__)
r.tl = Point(9, 9)
r.br = (5, 6)
print(r.tl.x, r.br.y)
t = r.tl  # a nested structure shares the outer structure's memory
t.x = 77
print(r.tl.x, t._b_base_ is r, r._b_base_)
r.tl.y = 88
print(t.y, bytes(r).hex())
rec = Record(b'bob', (1, 2, 3))
print(rec.name, list(rec.scores), rec.scores[1], type(rec.name).__name__, type(rec.scores).__name__)
rec.name = b'alice'
rec.scores[2] = 30
print(rec.name, list(rec.scores))
s = rec.scores
s[0] = 100
print(rec.scores[0], s._b_base_ is rec)
rec.scores = (c_int * 3)(7, 8, 9)
print(list(rec.scores))
rec.scores = (4, 5, 6)
print(list(rec.scores))
rec.name = b'twelve chars'
print(rec.name, Record.name.size)


class Grid(Structure):
    _fields_ = [('cells', (c_ubyte * 3) * 2), ('pts', Point * 2)]


g = Grid(((1, 2, 3), (4, 5, 6)), (Point(1, 1), (2, 2)))
print([list(row) for row in g.cells], [(a.x, a.y) for a in g.pts], sizeof(Grid))
g.pts[1].x = 20
print(g.pts[1].x, Grid.pts.offset)

print('--- _pack_')


class Packed(Structure):
    _pack_ = 1
    _fields_ = [('a', c_char), ('b', c_int), ('c', c_short)]


class Packed2(Structure):
    _pack_ = 2
    _fields_ = [('a', c_char), ('b', c_int), ('c', c_double)]


class Packed4(Structure):
    _pack_ = 4
    _fields_ = [('a', c_char), ('b', c_double), ('c', c_short)]


class Pack16(Structure):
    _pack_ = 16
    _fields_ = [('a', c_char), ('b', c_int)]


class Pack0(Structure):
    _pack_ = 0
    _fields_ = [('a', c_char), ('b', c_double)]


class Outer(Structure):
    _fields_ = [('c', c_char), ('inner', Packed)]


for cls in [Packed, Packed2, Packed4, Pack16, Pack0, Outer]:
    layout(cls)
pk = Packed(b'x', -2, 3)
print(bytes(pk).hex(), pk.b, pk.c)

print('--- _anonymous_')


class _U(Union):
    _fields_ = [('i', c_int), ('f', c_float)]


class _S(Structure):
    _fields_ = [('lo', c_short), ('hi', c_short)]


class Tagged(Structure):
    _anonymous_ = ('u', 's')
    _fields_ = [('kind', c_int), ('u', _U), ('s', _S)]


tg = Tagged()
tg.i = 0x00010002
print(tg.u.i, tg.i, Tagged.i.offset, Tagged.f.offset, Tagged.lo.offset, Tagged.hi.offset, sizeof(Tagged))
tg.f = 1.0
tg.hi = 7
print(hex(tg.u.i), tg.s.hi, tg.hi)
print(Tagged.i, Tagged.u)

print('--- subclassing')


class Point3(Point):
    _fields_ = [('z', c_int)]


layout(Point3)
p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z, Point3.z.offset, [f[0] for f in Point3._fields_], isinstance(p3, Point))


class Named(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return 'Named(%d, %d)' % (self.x, self.y)


n = Named(-3, 4)
print(n, n.norm1(), sizeof(Named), Named._fields_ is Point._fields_)


class Base(Structure):
    _fields_ = [('c', c_char)]


class Derived(Base):
    _fields_ = [('d', c_double)]


layout(Derived)
print(Derived(b'a', 2.0).d, Derived.c.offset)

print('--- self-referencing and late _fields_')


class Node(Structure):
    pass


Node._fields_ = [('value', c_int), ('next', POINTER(Node))]
layout(Node)
n2 = Node(2)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n2.next))


class Empty(Structure):
    pass


class Empty2(Structure):
    _fields_ = []


print(sizeof(Empty), sizeof(Empty2), alignment(Empty2), bytes(Empty2()))

print('--- byte order')


class LE(LittleEndianStructure):
    _fields_ = [('a', c_uint16), ('b', c_uint32)]


class BE(BigEndianStructure):
    _fields_ = [('a', c_uint16), ('b', c_uint32), ('d', c_double)]


print(bytes(LE(1, 2)).hex(), bytes(BE(1, 2, 1.0)).hex(), BE(1, 2).b, BE(0, 0, 2.5).d, sizeof(BE))
print(BE.a, BE.b, LE.a, LittleEndianStructure is Structure)
be = BE.from_buffer_copy(bytes.fromhex('0102000000000010' + '3ff0000000000000'))
print(hex(be.a), hex(be.b), be.d)

print('--- errors')
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, x=2))
err(lambda: Point('a'))
err(lambda: Point(1.5))
err(lambda: setattr(p, 'x', 'a'))
err(lambda: setattr(p, 'x', None))
err(lambda: setattr(r, 'tl', (1, 2, 3)))
err(lambda: setattr(r, 'tl', [1, 2]))
err(lambda: setattr(r, 'tl', 5))
err(lambda: setattr(r, 'tl', Point3(1, 2, 3)))
err(lambda: setattr(r, 'tl', Rect()))
err(lambda: Rect(5))
err(lambda: Rect((1, 2, 3)))
err(lambda: setattr(rec, 'name', b'x' * 13))
err(lambda: setattr(rec, 'name', 'str'))
err(lambda: setattr(rec, 'scores', [1, 2, 3]))
err(lambda: setattr(rec, 'scores', (1, 2, 3, 4)))
err(lambda: setattr(m, 'tag', b'ab'))
err(lambda: delattr(p, 'x'))
err(lambda: Empty(1))
err(lambda: Point3(1, 2, 3, 4))
err(lambda: type('B', (Structure,), {'_fields_': [('a', 5)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a',)]}))
err(lambda: type('B', (Structure,), {'_fields_': 5}))
err(lambda: type('B', (Structure,), {'_fields_': [(5, c_int)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int, 3, 4)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', int)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', Empty)]}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int)], '_pack_': -1}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int)], '_pack_': 'x'}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int)], '_anonymous_': ['zz']}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int)], '_anonymous_': ['a']}))
err(lambda: type('B', (Structure,), {'_fields_': [('a', c_int)], '_anonymous_': 5}))
err(lambda: Structure())
err(lambda: hash(Point()))


class Once(Structure):
    _fields_ = [('a', c_int)]


err(lambda: setattr(Once, '_fields_', [('a', c_int)]))
print(Once._fields_ == [('a', c_int)])
