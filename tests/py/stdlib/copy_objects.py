# copy.copy/copy.deepcopy over the kinds of objects programs copy: atomic
# values, built-in containers and their subclasses (with attributes, __slots__,
# overridden methods, __init__ that needs arguments), enum members, exceptions,
# bound methods, collections and dataclasses, recursive structures and memo.
import copy
import enum
import dataclasses
import sys
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


# -- atomic objects come back as they are
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


def func():
    pass


atoms = [None, Ellipsis, NotImplemented, True, 7, 2 ** 100, 1.5, 2j, "s", b"b",
         func, lambda: 1, len, int, WithMeta, Meta, range(3), property(func),
         func.__code__, [].append]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms])
print(copy.deepcopy(atoms)[10] is func, copy.deepcopy(atoms) is atoms)

# tuple, frozenset and slice are atomic for copy() only
t = (1, "a", (2, 3))
fs = frozenset([1, 2])
sl = slice(1, [2], None)
print(copy.copy(t) is t, copy.copy(fs) is fs, copy.copy(sl) is sl)
print(copy.deepcopy(t) is t, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
dsl = copy.deepcopy(sl)
print(dsl is sl, dsl == sl, dsl.stop is sl.stop)
tf = (fs, 1)
dtf = copy.deepcopy(tf)
print(dtf is tf, dtf == tf, dtf[0] is fs)
nested = ((1, 2), ("x", (None,)))
print(copy.deepcopy(nested) is nested)
with_list = (1, [2])
dw = copy.deepcopy(with_list)
print(dw is with_list, dw == with_list, dw[1] is with_list[1])

# -- built-in containers
lst = [1, [2]]
dct = {"k": [1], (1, 2): "t"}
st = {1, (2, 3)}
ba = bytearray(b"xy")
for name, obj in [("list", lst), ("dict", dct), ("set", st), ("bytearray", ba)]:
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(name, type(c).__name__, c == obj, c is obj, type(d).__name__, d == obj, d is obj)
print(copy.copy(lst)[1] is lst[1], copy.deepcopy(lst)[1] is lst[1], copy.deepcopy(dct)["k"] is dct["k"])
print(sorted(copy.deepcopy({frozenset([1]): [frozenset([2])]}).items(), key=repr))


# -- subclasses of built-in types keep their class and attributes
class L(list):
    def __init__(self, *args):
        raise RuntimeError("L.__init__ must not be called")

    def append(self, item):
        print("  L.append", item)
        list.append(self, item)


class D(dict):
    def __init__(self, *args):
        raise RuntimeError("D.__init__ must not be called")

    def __setitem__(self, key, value):
        print("  D.__setitem__", key, value)
        dict.__setitem__(self, key, value)


class S(set):
    pass


class SlotSet(set):
    __slots__ = ("tag",)


class FS(frozenset):
    pass


class T(tuple):
    def __iter__(self):
        return iter(["overridden"])


class I(int):
    def __int__(self):
        return 999


class F(float):
    pass


class C(complex):
    pass


class Str(str):
    def __str__(self):
        return "overridden"


class B(bytes):
    pass


class BA(bytearray):
    pass


l = L.__new__(L)
list.extend(l, [1, [2]])
dd = D.__new__(D)
dict.update(dd, {"a": [1]})
ss = SlotSet([1, 2])
ss.tag = [0]
objs = [("L", l), ("D", dd), ("S", S([1, (2,)])), ("SlotSet", ss), ("FS", FS([3])),
        ("T", T((1, [2]))), ("I", I(5)), ("F", F(2.5)), ("C", C(1, 2)),
        ("Str", Str("abc")), ("B", B(b"by")), ("BA", BA(b"ba"))]
for name, o in objs:
    if name != "SlotSet":
        o.attr = [name]
for name, o in objs:
    for f in (copy.copy, copy.deepcopy):
        c = f(o)
        attr = getattr(c, "attr", None)
        same_attr = attr is getattr(o, "attr", None)
        if name in ("T", "S", "SlotSet", "FS"):
            value = sorted(tuple.__iter__(c), key=repr) if name == "T" else sorted(c, key=repr)
        else:
            value = c
        print(name, f.__name__, type(c).__name__, value, c is o, attr, same_attr)
print(copy.copy(ss).tag is ss.tag, copy.deepcopy(ss).tag == ss.tag, copy.deepcopy(ss).tag is ss.tag)
print(copy.deepcopy(l)[1] is l[1], copy.copy(l)[1] is l[1], copy.deepcopy(dd)["a"] is dd["a"])
print(int.__int__(copy.copy(I(7))), str.__str__(copy.deepcopy(Str("q"))))


# -- enum members are copied as themselves
class Color(enum.Enum):
    RED = 1
    BLUE = [2]


class Num(enum.IntEnum):
    ONE = 1


class Perm(enum.Flag):
    R = 4
    W = 2


members = [Color.RED, Color.BLUE, Num.ONE, Perm.R, Perm.R | Perm.W]
print([copy.copy(m) is m for m in members], [copy.deepcopy(m) is m for m in members])
print(copy.deepcopy({Color.RED: [Color.BLUE]}), copy.copy(Color) is Color, copy.deepcopy(Perm) is Perm)

# -- recursive structures
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b is a, b[1] is b, b[0] == 1)
d = {"x": 1}
d["self"] = d
e = copy.deepcopy(d)
print(e is d, e["self"] is e)
tl = ([],)
tl[0].append(tl)
ct = copy.deepcopy(tl)
print(ct is tl, ct[0][0] is ct, ct[0] is not tl[0])


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


n1 = Node("a")
n2 = Node("b")
n1.links.append(n2)
n2.links.append(n1)
n1.me = n1
m1 = copy.deepcopy(n1)
m2 = m1.links[0]
print(m1 is n1, m1.me is m1, m2.links[0] is m1, m2 is n2, m2.name)
c1 = copy.copy(n1)
print(c1.links is n1.links, c1.me is n1)
rl = L.__new__(L)
list.append(rl, rl)
drl = copy.deepcopy(rl)
print(type(drl).__name__, drl[0] is drl)
rd = D.__new__(D)
dict.__setitem__(rd, "me", rd)
drd = copy.deepcopy(rd)
print(type(drd).__name__, drd["me"] is drd)
shared = [0]
pair = (shared, shared, {"s": shared})
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[2]["s"] is dp[0], dp[0] is shared)

# -- memo
memo = {}
src = [1, [2]]
out = copy.deepcopy(src, memo)
print(len(memo), memo[id(src)] is out, memo[id(src[1])] is out[1], id(memo) in memo)
print([x is src for x in memo[id(memo)]], memo[id(memo)][0] is src[1])
sentinel = ["replacement"]
print(copy.deepcopy(src, {id(src): sentinel}) is sentinel)
again = copy.deepcopy([src, src[1]], memo)
print(again[0] is out, again[1] is out[1])


class UsesMemo:
    def __init__(self):
        self.partner = None

    def __deepcopy__(self, m):
        print("  __deepcopy__ sees", type(m).__name__, m is memo2)
        new = UsesMemo()
        m[id(self)] = new
        new.partner = copy.deepcopy(self.partner, m)
        return new


u = UsesMemo()
u.partner = [u]
memo2 = {}
du = copy.deepcopy(u, memo2)
print(du is u, du.partner[0] is du)
attempt("memo int", copy.deepcopy, [1], 5)
attempt("memo list", copy.deepcopy, [1], [])


class ShallowHook:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__")
        return ShallowHook(["copied", self.v])


sh = ShallowHook(1)
print(copy.copy(sh).v, copy.deepcopy(sh).v)


# -- exceptions
class MyError(Exception):
    pass


class TwoArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


err = MyError("msg", [1])
err.note = [2]
for f in (copy.copy, copy.deepcopy):
    ce = f(err)
    print(f.__name__, type(ce).__name__, ce.args, ce.note, ce is err, ce.note is err.note, ce.args[1] is err.args[1])
attempt("two args", copy.copy, TwoArgs(1, 2))
oe = FileNotFoundError(2, "No such file", "name.txt")
coe = copy.copy(oe)
print(type(coe).__name__, coe.errno, coe.strerror, coe.filename)
print(copy.copy(KeyError("k")).args, copy.deepcopy(StopIteration(5)).value)
ie = copy.copy(ImportError("m", name="mod", path="/p"))
print(ie.args, ie.name, ie.path)
ve = copy.deepcopy(ValueError([1]))
print(type(ve).__name__, ve.args)


# -- bound methods
class M:
    def __init__(self):
        self.data = [1]

    def meth(self):
        return self.data

    @classmethod
    def cm(cls):
        return cls.__name__


obj = M()
bm = obj.meth
cb = copy.copy(bm)
print(cb is bm, cb.__func__ is bm.__func__, cb.__self__ is obj, cb() is obj.data)
db = copy.deepcopy(bm)
print(db is bm, db.__self__ is obj, type(db.__self__).__name__, db() == obj.data, db() is obj.data)
dcm = copy.deepcopy(M.cm)
print(dcm.__self__ is M, dcm(), copy.copy(M.cm)())
ap = [].append
print(copy.copy(ap) is ap, copy.deepcopy(ap) is ap)

# -- collections and dataclasses
dq = deque([1, [2]], maxlen=5)
for f in (copy.copy, copy.deepcopy):
    c = f(dq)
    print(f.__name__, c, c.maxlen, c[1] is dq[1])
ddf = defaultdict(list, {"a": [1]})
for f in (copy.copy, copy.deepcopy):
    c = f(ddf)
    print(f.__name__, type(c).__name__, c.default_factory is list, dict(c), c["a"] is ddf["a"])
od = OrderedDict([("b", 1), ("a", [2])])
od.move_to_end("b")
for f in (copy.copy, copy.deepcopy):
    c = f(od)
    print(f.__name__, type(c).__name__, list(c.items()), c["a"] is od["a"])
cnt = Counter("abca")
print(copy.copy(cnt) == cnt, type(copy.deepcopy(cnt)).__name__, copy.deepcopy(cnt)["a"])
cm = ChainMap({"x": [1]}, {"y": 2})
ccm = copy.copy(cm)
dcm2 = copy.deepcopy(cm)
print(dict(ccm), ccm.maps[0] is cm.maps[0], ccm["x"] is cm["x"], dict(dcm2), dcm2["x"] is cm["x"])
ud = UserDict({"k": [1]})
ul = UserList([[1]])
print(copy.copy(ud) == ud, copy.copy(ud).data is ud.data, copy.deepcopy(ud)["k"] is ud["k"])
print(copy.copy(ul) == ul, copy.copy(ul)[0] is ul[0], copy.deepcopy(ul)[0] is ul[0])


@dataclasses.dataclass
class Point:
    x: int
    tags: list


@dataclasses.dataclass(frozen=True)
class FrozenPoint:
    x: int
    tags: tuple


@dataclasses.dataclass(slots=True)
class SlotPoint:
    x: int
    tags: list


for o in (Point(1, [1]), FrozenPoint(2, ([2],)), SlotPoint(3, [3])):
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(c).__name__, c == o, c is o, c.tags is o.tags, d == o, d.tags is o.tags)

# -- objects that cannot be copied
gen = (i for i in range(3))
for label, o in [("generator", gen), ("module", sys)]:
    attempt(label + " copy", copy.copy, o)
    attempt(label + " deepcopy", copy.deepcopy, o)
print(next(gen))
