# The copy module's reduce protocol: __reduce_ex__/__reduce__ (user-defined
# ones, str results, bad values), the default object reduction
# (__getnewargs_ex__/__getnewargs__, __new__ without __init__, __getstate__
# and __setstate__, __slots__), and CPython's errors for each step.
import copy
from collections import namedtuple


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


def both(label, make, show):
    for f in (copy.copy, copy.deepcopy):
        attempt(label + " " + f.__name__, lambda: show(f(make())))


# -- namedtuple: __getnewargs__ and a new object
P = namedtuple("P", "x y")
p = P(1, [2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, c is p, c.y is p.y, type(c).__name__)
print(d, d is p, d.y is p.y, d.y == p.y, type(d).__name__)
print(copy.deepcopy(P(1, 2)) is not None, copy.copy(P(1, 2)) == (1, 2))


# -- __reduce_ex__ written by the class, with the protocol it is given
class RX:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        print("  __reduce_ex__", proto)
        return (RX, (self.v,), {"extra": [self.v]})

    def __reduce__(self):
        print("  __reduce__ (not used)")
        return (RX, (0,))


r = RX([5])
c = copy.copy(r)
print(type(c).__name__, c.v is r.v, c.extra)
d = copy.deepcopy(r)
print(d.v == r.v, d.v is r.v, d.extra, d.extra[0] is d.v)


# -- __reduce__ alone is honoured (object.__reduce_ex__ calls it)
class RD:
    def __init__(self, a, b=0):
        print("  RD.__init__", a, b)
        self.a = a
        self.b = b

    def __reduce__(self):
        return (type(self), (self.a,), {"b": self.b + 100})


x = RD([1], 2)
c = copy.copy(x)
print(c.a is x.a, c.b)
d = copy.deepcopy(x)
print(d.a is x.a, d.a, d.b)


# -- a str from the reduce method: the object is a global, returned as is
class Glob:
    def __reduce__(self):
        return "GLOBAL_NAME"


class GlobEx:
    def __reduce_ex__(self, proto):
        return "whatever"


g = Glob()
h = GlobEx()
print(copy.copy(g) is g, copy.deepcopy(g) is g, copy.copy(h) is h, copy.deepcopy([h])[0] is h)


# -- __reduce_ex__ = None: __reduce__ is used; both None: copy.Error
class NoEx:
    __reduce_ex__ = None

    def __reduce__(self):
        return (NoEx, (), {"via": "reduce"})


class NoEx2:
    __reduce_ex__ = None

    def __init__(self):
        self.k = [1]


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


both("NoEx", NoEx, lambda o: o.via)
both("NoEx2", NoEx2, lambda o: (type(o).__name__, o.k))
both("NoReduce", NoReduce, type)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("caught copy.Error:", e)


# -- bad reduce values and reduce methods that raise
class Bad:
    def __init__(self, rv):
        self.rv = rv

    def __reduce_ex__(self, proto):
        if isinstance(self.rv, Exception):
            raise self.rv
        return self.rv


class Target:
    pass


def show_target(o):
    return type(o).__name__


for label, rv in [
    ("raises", ValueError("boom")),
    ("int", 42),
    ("empty tuple", ()),
    ("one item", (Target,)),
    ("two items", (Target, ())),
    ("list value", [Target, ()]),
    ("six items", (Target, (), None, None, None, None)),
    ("eight items", (Target, (), None, None, None, None, None, None)),
    ("args int", (Target, 5)),
    ("args None", (Target, None)),
    ("func int", (5, ())),
    ("state int", (Target, (), 5)),
    ("state triple", (Target, (), (1, 2, 3))),
    ("state pairs", (Target, (), [("a", 1)])),
    ("state pair of dicts", (Target, (), ({"a": 1}, {"b": 2}))),
    ("listitems int", (Target, (), None, 5)),
    ("listitems no append", (Target, (), None, iter([1]))),
    ("dictitems int", (Target, (), None, None, 5)),
    ("dictitems no setitem", (Target, (), None, None, iter([(1, 2)]))),
    ("dictitems bad pair", (list, (), None, None, iter([1]))),
]:
    both(label, lambda: Bad(rv), lambda o: (type(o).__name__, sorted(vars(o).items()) if hasattr(o, "__dict__") else o))


# listitems and dictitems are appended/stored one by one
class Bag:
    def __init__(self):
        self.items = []
        self.map = {}

    def append(self, item):
        self.items.append(item)

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce_ex__(self, proto):
        return (Bag, (), None, iter(self.items), iter(self.map.items()))


b = Bag()
b.append([1])
b[(2,)] = [3]
c = copy.copy(b)
d = copy.deepcopy(b)
print(c.items, c.map, c.items[0] is b.items[0])
print(d.items, d.map, d.items[0] is b.items[0], d.map[(2,)] is b.map[(2,)])


# -- __getnewargs_ex__ / __getnewargs__ and __new__ (never __init__)
class NewArgs:
    def __new__(cls, a, *, key):
        print("  NewArgs.__new__", a, key)
        self = object.__new__(cls)
        self.a = a
        self.key = key
        return self

    def __init__(self, a, *, key):
        print("  NewArgs.__init__ (not called by copy)")

    def __getnewargs_ex__(self):
        return ((self.a,), {"key": self.key})


n = NewArgs.__new__(NewArgs, [1], key="k")
c = copy.copy(n)
print(c.a is n.a, c.key)
d = copy.deepcopy(n)
print(d.a is n.a, d.a, d.key)


class OnlyNewArgs:
    def __new__(cls, *args):
        print("  OnlyNewArgs.__new__", args)
        return object.__new__(cls)

    def __getnewargs__(self):
        return (1, [2])


both("getnewargs", OnlyNewArgs, lambda o: type(o).__name__)


class BothNewArgs:
    def __new__(cls, *args, **kwargs):
        print("  BothNewArgs.__new__", args, kwargs)
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {})

    def __getnewargs__(self):
        return (2,)


both("getnewargs_ex wins", lambda: object.__new__(BothNewArgs), lambda o: "ok")


def newargs_class(name, result):
    def method(self):
        if isinstance(result, Exception):
            raise result
        return result
    return type("NA" + name.strip("_"), (), {name: method})


for name, result in [
    ("__getnewargs__", 5),
    ("__getnewargs__", [1]),
    ("__getnewargs__", KeyError("g")),
    ("__getnewargs__", (1,)),
    ("__getnewargs_ex__", 5),
    ("__getnewargs_ex__", (1, 2, 3)),
    ("__getnewargs_ex__", ([], {})),
    ("__getnewargs_ex__", ((), [])),
    ("__getnewargs_ex__", ((), {})),
    ("__getnewargs_ex__", ((1,), {"a": 2})),
]:
    cls = newargs_class(name, result)
    both(name + " " + repr(result), lambda: object.__new__(cls), lambda o: type(o).__name__)


# -- __init__ needing arguments is not called
class NeedsInit:
    def __init__(self, a, b):
        print("  NeedsInit.__init__", a, b)
        self.a = a
        self.b = b


ni = NeedsInit(1, [2])
both("needs init", lambda: ni, lambda o: (o.a, o.b, o.b is ni.b))


# -- __getstate__ / __setstate__
class GetState:
    def __init__(self):
        self.a = 1
        self.hidden = "x"

    def __getstate__(self):
        return {"a": self.a, "from_getstate": [1]}


both("getstate", GetState, lambda o: sorted(vars(o).items()))


class SetState:
    def __init__(self):
        self.a = [1]

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.restored = True


s = SetState()
both("setstate", lambda: s, lambda o: (sorted(vars(o)), o.a is s.a))


class Both:
    def __getstate__(self):
        return ("custom", [1])

    def __setstate__(self, state):
        print("  __setstate__ got", state)
        self.state = state


both("get+setstate", Both, lambda o: o.state)


def state_class(value, setstate):
    ns = {"__init__": lambda self: setattr(self, "a", 1),
          "__getstate__": lambda self: value}
    if setstate:
        ns["__setstate__"] = lambda self, st: print("  __setstate__", repr(st))
    return type("State", (), ns)


for value in [None, False, 0, {}, (), [], "", ({"a": 2}, {"b": 3}), (None, {"b": 3}),
              [("c", 4)], (1, 2), 5, "ab", ({"a": 1}, None)]:
    for setstate in (False, True):
        cls = state_class(value, setstate)
        label = "state %r%s" % (value, " +setstate" if setstate else "")
        both(label, cls, lambda o: sorted(vars(o).items()))


# -- default state: __dict__ and __slots__
class Slots:
    __slots__ = ("a", "b")


class SlotsSub(Slots):
    __slots__ = ("c",)


class SlotsDict(Slots):
    pass


class SlotsWithDict:
    __slots__ = ("a", "__dict__")


class SlotStr:
    __slots__ = "only"


def slot_view(o):
    names = ("a", "b", "c", "only")
    attrs = "no __dict__"
    if hasattr(o, "__dict__"):
        attrs = sorted((k, v) for k, v in vars(o).items() if k not in names)
    return [(n, getattr(o, n)) for n in names if hasattr(o, n)], attrs


s = Slots()
s.a = [1]
ss = SlotsSub()
ss.b = 2
ss.c = [3]
sd = SlotsDict()
sd.a = 1
sd.z = [26]
sw = SlotsWithDict()
sw.a = 1
sw.q = 2
st = SlotStr()
st.only = "o"
for name, o in [("slots", s), ("empty slots", Slots()), ("slots sub", ss),
                ("slots+dict", sd), ("slots with __dict__", sw), ("slot str", st)]:
    both(name, lambda: o, slot_view)
print(copy.deepcopy(s).a is s.a, copy.copy(s).a is s.a)
print(Slots.__slotnames__, SlotsSub.__slotnames__, SlotsDict.__slotnames__, SlotStr.__slotnames__)
print(SlotsWithDict.__slotnames__, GetState.__dict__.get("__slotnames__"))


# slots are restored with setattr, so a __setattr__ override sees them; the
# __dict__ part bypasses it
class Guarded:
    __slots__ = ("s", "__dict__")

    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        object.__setattr__(self, name, value)


gd = Guarded()
gd.s = 1
gd.d = 2
both("guarded", lambda: gd, lambda o: (o.s, o.d))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")


both("frozen", lambda: Frozen([1]), lambda o: o.v)


# -- lookups that go through __getattr__ (as in CPython)
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


both("proxy", lambda: Proxy([1]), lambda o: o.target)


class SlotProxy:
    __slots__ = ("t", "u")

    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


sp = SlotProxy()
sp.t = 1
both("slot proxy", lambda: sp, lambda o: o.t)


# -- objects without state
class Empty:
    pass


both("empty", Empty, lambda o: (type(o).__name__, vars(o)))
both("object()", object, lambda o: type(o).__name__)


# -- the memo sees what CPython's does (the state dict goes through it too)
for make in (lambda: NeedsInit(1, [2]), lambda: P(1, [2]), lambda: Slots(),
             lambda: NewArgs.__new__(NewArgs, [1], key="k"), lambda: RX([1])):
    m = {}
    o = make()
    copy.deepcopy(o, m)
    print(type(o).__name__, len(m), len(m[id(m)]), m[id(m)][-1] is o)


# -- methods added to a class after its instances were copied are honoured
class Late:
    def __init__(self):
        self.v = [1]


lt = Late()
print(copy.copy(lt).v is lt.v, copy.deepcopy(lt).v is lt.v)
Late.__getstate__ = lambda self: {"v": "from late __getstate__"}
print(copy.copy(lt).v, copy.deepcopy(lt).v)
Late.__reduce__ = lambda self: (Late, ())
print(copy.copy(lt).v)
del Late.__reduce__
Late.__copy__ = lambda self: "late __copy__"
print(copy.copy(lt), copy.deepcopy(lt).v)
Late.x = property(lambda self: "class property")
print(copy.copy(lt), copy.deepcopy(lt).x)


# -- an instance attribute with the name of a class attribute
class Shadow:
    kind = "class"

    def __init__(self):
        self.kind = "instance"
        self.other = 1


sw = Shadow()
print(copy.copy(sw).kind, copy.deepcopy(sw).kind, Shadow.kind)
