# Inline caches never return stale values: each case changes what a cached site
# must see, in the middle of a loop that keeps running the same site.


class K:
    attr = "class-1"

    def m(self):
        return "m-1"


def load_attr(o):
    return o.attr


def call_m(o):
    return o.m()


k = K()
out = []
for i in range(6):
    if i == 2:
        K.attr = "class-2"  # class attribute rebound
    if i == 3:
        K.m = lambda self: "m-2"  # method replaced on the class
    if i == 4:
        k.m = lambda: "instance-m"  # instance attribute shadows the method
        k.attr = "instance-attr"
    if i == 5:
        del k.m
        del k.attr
    out.append((load_attr(k), call_m(k)))
print(out)

G = 1


def read_global():
    return G


vals = []
for i in range(5):
    if i == 2:
        G = 2  # global rebound
    if i == 3:
        globals()["G"] = 3
    vals.append(read_global())
print(vals)


def use_len(x):
    return len(x)


lens = []
for i in range(5):
    if i == 2:
        len = lambda x: -1  # builtin shadowed by a global
    if i == 4:
        del len
    lens.append(use_len("abc"))
print(lens)


class Base:
    pass


class Child(Base):
    pass


c = Child()
seen = []
for i in range(4):
    if i == 2:
        Base.late = "added to base"
    seen.append(getattr(c, "late", "missing"))
print(seen)


class P:
    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q"


obj = P()
whos = []
for i in range(4):
    if i == 2:
        obj.__class__ = Q
    whos.append(obj.who())
print(whos)


class Slots:
    def __init__(self):
        self.a = 1
        self.b = 2


def read_b(o):
    return o.b


objs = [Slots() for _ in range(3)]
del objs[1].a  # a different map for the same class
objs[2].__dict__["b"] = 20  # written through __dict__
print([read_b(o) for o in objs])


class Prop:
    def __init__(self):
        self.x = "plain"


def read_x(o):
    return o.x


p = Prop()
xs = []
for i in range(4):
    if i == 2:
        Prop.x = property(lambda self: "property wins")  # data descriptor added
    xs.append(read_x(p))
print(xs)
