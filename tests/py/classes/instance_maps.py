# Instance attribute storage: maps, dict mode, and the inline caches staying
# coherent with every way Python code can change attributes or classes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    return [o.x for o in objs]


# Same construction order shares a layout; other orders and extra attributes work.
a, b = P(1, 2), P(3, 4)
c = P(5, 6)
c.z = 7
d = P.__new__(P)
d.y = 10
d.x = 11
print(read_x([a, b, c, d]), d.y, c.z)
print(vars(a), vars(d))

# __dict__ is a live view of the attributes, both ways.
e = P(1, 2)
dd = e.__dict__
dd["x"] = 100
dd["w"] = "new"
print(e.x, e.w, e.norm1())
e.y = -5
print(dd, e.norm1())
del dd["w"]
print(hasattr(e, "w"), list(e.__dict__))
e.__dict__.clear()
print(vars(e), hasattr(e, "x"))

# Deleting attributes, then re-adding them.
f = P(1, 2)
del f.x
print(vars(f), hasattr(f, "x"))
f.x = 3
print(vars(f), read_x([f]))
try:
    del f.nope
except AttributeError as ex:
    print("AttributeError:", ex)

# Runtime-built names find the same attribute as literal ones.
g = P(1, 2)
name = "".join(["x"])
setattr(g, name, 42)
print(g.x, getattr(g, "x"), g.__dict__)

# Many attributes (past any map size limit).
h = P(0, 0)
for i in range(100):
    setattr(h, "a%d" % i, i)
print(len(vars(h)), h.a0, h.a99, sum(getattr(h, "a%d" % i) for i in range(100)))


# Inline caches see class changes: a property added after the cache was warmed.
class Q:
    def __init__(self):
        self.v = 1


def get_v(objs):
    return [o.v for o in objs]


qs = [Q(), Q()]
print(get_v(qs), get_v(qs))
Q.v = property(lambda self: "from property")
print(get_v(qs))
del Q.v
print(get_v(qs))


# A class attribute read through instances, then changed.
class K:
    scale = 2

    def __init__(self, n):
        self.n = n

    def scaled(self):
        return self.n * self.scale


ks = [K(i) for i in range(3)]
print([k.scaled() for k in ks])
K.scale = 10
print([k.scaled() for k in ks])
ks[0].scale = -1
print([k.scaled() for k in ks])


# Methods replaced on the class, and shadowed by an instance attribute.
class M:
    def hello(self):
        return "hello"


def call_all(objs):
    return [o.hello() for o in objs]


ms = [M(), M()]
print(call_all(ms), call_all(ms))
M.hello = lambda self: "patched"
print(call_all(ms))
ms[1].hello = lambda: "instance"
print(call_all(ms))


# __setattr__ / __getattribute__ defined after instances exist.
class S:
    def __init__(self):
        self.a = 1


def set_a(objs, v):
    for o in objs:
        o.a = v
    return [o.a for o in objs]


ss = [S(), S()]
print(set_a(ss, 2), set_a(ss, 3))


def loud_setattr(self, name, value):
    object.__setattr__(self, name, value * 10)


S.__setattr__ = loud_setattr
print(set_a(ss, 4))
S.__getattribute__ = lambda self, name: "intercepted " + name
print(set_a(ss, 5))


# __class__ assignment keeps the attributes and picks up the new class.
class A1:
    def who(self):
        return "A1", self.x


class A2:
    def who(self):
        return "A2", self.x


obj = A1()
obj.x = 9
obj.y = 8
print(obj.who())
obj.__class__ = A2
print(obj.who(), vars(obj))
obj.z = 7
print(vars(obj))


# __slots__ classes still restrict names.
class Sl:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


s = Sl()
s.q = 2
print(s.p, s.q)
try:
    s.r = 3
except AttributeError as ex:
    print("AttributeError:", ex)

# Plain object() instances have no attribute storage.
try:
    object().x = 1
except AttributeError as ex:
    print("AttributeError:", ex)


# One attribute site seeing many classes and layouts (more than a cache holds).
class Base:
    def describe(self):
        return "%s:%s:%s" % (type(self).__name__, self.tag, self.extra())

    def extra(self):
        return "-"


def make_classes():
    out = []
    for i in range(7):
        cls = type("C%d" % i, (Base,), {})
        if i % 2:
            cls.extra = lambda self, i=i: "odd%d" % i
        out.append(cls)
    return out


objs = []
for i, cls in enumerate(make_classes()):
    o = cls()
    if i % 3 == 0:
        o.first = i
    o.tag = i * 10
    objs.append(o)
for _ in range(3):
    print([o.describe() for o in objs])
objs[2].tag = "changed"
type(objs[3]).extra = lambda self: "patched"
print([o.describe() for o in objs])
