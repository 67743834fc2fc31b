# collections.namedtuple: field_names as a string or a list, defaults, rename,
# module, _make/_asdict/_replace/_fields/_field_defaults, repr, tuple behaviour
# (indexing, unpacking, hashing, comparison), attribute access and errors,
# argument errors, invalid names, subclassing and match statements.
from collections import namedtuple
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple))
print(Point(x=3, y=4), Point(5, y=6), repr(Point), Point.__name__, Point.__doc__)
x, y = p
print(x + y, list(p), p[:1], p + (3,), p * 2, 2 in p, p.index(2), p.count(1))
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
print(max(Point(3, 1), Point(2, 9)), Point(1, 2) < Point(1, 3))

# field names: commas, lists, generators
P3 = namedtuple("P3", "a, b,c")
print(P3._fields, P3(1, 2, 3))
P4 = namedtuple("P4", ["q", "r"])
print(P4._fields, P4(q=1, r=2))
P5 = namedtuple("P5", (n for n in ("u", "v")))
print(P5._fields, P5("a", "b"))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple("One", "only")
print(One(1), One(only=[2]))

# class attributes and helpers
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point._make([7, 8]), Point._make(iter((9, 10))))
attempt(lambda: Point._make([1]))
attempt(lambda: Point._make([1, 2, 3]))
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p._replace(), p)
attempt(lambda: p._replace(z=1))
attempt(lambda: p._replace(x=1, w=2, v=3))
print(Point.x, Point.y.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(p.__getnewargs__(), Point.__module__, Point.__qualname__)

# defaults
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D(1, 5), D(1, c=9), D._field_defaults, D.__new__.__defaults__)
D2 = namedtuple("D2", "a b", defaults=[None, None])
print(D2(), D2._field_defaults)
D3 = namedtuple("D3", "a b", defaults=iter([7]))
print(D3(0), D3._field_defaults)
attempt(lambda: namedtuple("Bad", "a", defaults=(1, 2)))

# rename
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "2nd", "ok"], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6, 7))

# module
M = namedtuple("M", "a", module="some.module")
print(M.__module__, repr(M))

# argument errors carry CPython's qualified name
attempt(lambda: Point(1))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, 2, z=3))
attempt(lambda: D())
attempt(lambda: Empty(1))

# attributes are read-only; no new attributes
def set_x():
    p.x = 5
attempt(set_x)
def set_z():
    p.z = 5
attempt(set_z)
def del_x():
    del p.x
attempt(del_x)

# invalid type and field names
for args in [("1x", "a"), ("P", "a 1b"), ("P", "a class"), ("P", "a _b"),
             ("P", "a b a"), ("class", "a"), ("P", ["a", 1]), (1, "a"),
             ("P", "a-b"), ("P x", "a"), ("", "a"), ("P", "None")]:
    attempt(lambda: namedtuple(*args))

# subclasses add methods and keep the fields
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make([0, 1]), v._replace(y=0), type(v._replace(y=0)).__name__)

# match statements use __match_args__
def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x at %s" % x
        case Point(x=0, y=y):
            return "on y at %s" % y
        case _:
            return "elsewhere"


print([where(Point(*xy)) for xy in [(0, 0), (4, 0), (0, 7), (1, 1)]])

# copies, iteration, conversion
print(copy.copy(p) == p, list(map(type, Point(1, "s"))), dict(zip(Point._fields, p)))
people = [namedtuple("Person", "name age")(n, a) for n, a in [("ann", 31), ("bob", 25)]]
print(sorted(people, key=lambda r: r.age), [r.name for r in people])
