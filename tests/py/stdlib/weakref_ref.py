# weakref.ref (ReferenceType) and the module functions: calling a reference,
# the shared callback-less reference, callbacks (run once the referent died,
# with the dead reference, newest reference first; none for a reference that
# died itself; exceptions go to sys.unraisablehook), __callback__, hashing and
# comparing live and dead references, getweakrefcount/getweakrefs, which
# objects can be weakly referenced, argument errors, reprs (addresses
# removed); weakref.WeakMethod (alive while both the object and the function
# are, one callback, calls, equality, hash, repr, errors); the proxy names
# and __all__.
# CPython frees an object at once, pyjit at a collection: every death is
# observed after gc.collect().
import gc
import re
import sys
import weakref
from weakref import ref, getweakrefcount, getweakrefs


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


class C:
    pass


events = []


def note(name):
    def callback(wr):
        events.append((name, wr() is None))
    return callback


# -- creating and calling references
c = C()
r = ref(c)
print(r() is c, type(r) is ref, ref is weakref.ReferenceType, bool(r))
print(type(r).__name__, type(r).__module__, isinstance(r, ref))
print("shared:", ref(c) is r, ref(c, None) is r)
r2 = ref(c, note("r2"))
print("with callback:", r2 is not r, r2() is c, r2.__callback__ is not None, r.__callback__)
print("count:", getweakrefcount(c), sorted(map(id, getweakrefs(c))) == sorted([id(r), id(r2)]))
print("plain objects:", getweakrefcount(1), getweakrefs("s"), getweakrefcount(C()))

# -- death: references cleared, callbacks run after the collection
del c
gc.collect()
print("dead:", r(), r2(), events, r2.__callback__)
events.clear()

# a reference that dies with (or before) its referent never calls back
c = C()
r3 = ref(c, note("never"))
del r3
gc.collect()
del c
gc.collect()
print("no callback:", events)

# the callback gets the very reference, already dead
c = C()
seen = []
r4 = ref(c, lambda wr: seen.append((wr is r4, wr(), wr.__callback__)))
del c
gc.collect()
print("callback argument:", seen)

# several references: callbacks run newest first
c = C()
rs = [ref(c, note(n)) for n in ("first", "second", "third")]
del c
gc.collect()
print("order:", [n for n, _ in events])
events.clear()


# an exception in a callback goes to sys.unraisablehook
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object is failing)


def failing(wr):
    raise ValueError("from callback")


sys.unraisablehook = hook
c = C()
r5 = ref(c, failing)
del c
gc.collect()
failing = 5
c = C()
r5 = ref(c, 5)
del c
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

# -- hashing and comparing
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, other = Key(1), Key(1), Key(2)
ra, rb, ro = ref(a), ref(b), ref(other)
print("hash:", hash(ra) == hash(1), hash(rb) == hash(a))
print("live ==:", ra == rb, ra != rb, ra == ro, ra == a, ra != 1)
attempt("ra < rb", lambda: ra < rb)
del a, other
gc.collect()
print("dead ==:", ra == rb, ra == ra, ra != rb, ro == ro)
print("dead hash kept:", hash(ra) == hash(1))
attempt("hash of a dead, never hashed ref", hash, ro)
print("in dict:", {rb: "b"}.get(ref(b)), ref(b) in {ra: 1}, ra in {ra: 1})

# -- what can be weakly referenced
def gen():
    yield 1


for obj in (C, sys, {1}, frozenset(), gen(), lambda: 0, len, C()):
    print("ok:", type(obj).__name__, ref(obj)() is obj)
for obj in (1, 1.5, "s", b"b", (1,), [1], {1: 2}, True, None, 2j, r):
    attempt("ref(%s)" % type(obj).__name__, ref, obj)


class S(str):
    pass


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


for cls in (S, L, D, I, T, B):
    obj = cls()
    attempt("ref(%s())" % cls.__name__, lambda: ref(obj)() is obj)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


attempt("ref(Slotted())", ref, Slotted())
obj = SlottedWeak()
attempt("ref(SlottedWeak())", lambda: ref(obj)() is obj)
for obj in (bytearray(), range(3), object(), iter([])):
    attempt("ref(%s)" % type(obj).__name__, ref, obj)

# a reference to a bound method dies at once: the method object is temporary
class M:
    def meth(self):
        pass


m = M()
rm = ref(m.meth)
gc.collect()
print("bound method:", rm(), ref(M.meth)() is M.meth)

# -- argument errors
c = C()
r = ref(c)
attempt("ref()", ref)
attempt("ref(c, None, 1)", ref, c, None, 1)
attempt("ref(c, callback=None)", lambda: ref(c, callback=None))
attempt("r(1)", r, 1)
attempt("getweakrefcount()", getweakrefcount)
attempt("getweakrefs(1, 2)", getweakrefs, 1, 2)


def set_callback():
    r.__callback__ = print


attempt("set __callback__", set_callback)

# -- reprs
print(clean(repr(r)))


def func():
    pass


print(clean(repr(ref(func))))
print(clean(repr(ref(C))))
print(clean(repr(ref(sys))))
g = gen()
print(clean(repr(ref(g))), clean(repr(ref(len))))
del c
gc.collect()
print(clean(repr(r)))

# -- WeakMethod
class Counter:
    def __init__(self, n):
        self.n = n

    def bump(self, by=1):
        self.n += by
        return self.n

    def other(self):
        return -self.n

    @classmethod
    def make(cls, n):
        return cls(n)


WeakMethod = weakref.WeakMethod
died = []
k = Counter(10)
wm = WeakMethod(k.bump, lambda w: died.append(w is wm))
wm2 = WeakMethod(k.bump)
bound = wm()
print("call:", bound(), bound(5), wm()(by=2), k.n, bound.__self__ is k, bound.__func__ is Counter.bump)
print("same method:", wm() == k.bump, wm == wm2, wm != wm2, hash(wm) == hash(k), hash(wm) == hash(wm2))
print("other method:", wm == WeakMethod(k.other), wm != WeakMethod(k.other), wm == ref(k), wm == 1)
print("callback set:", wm.__callback__ is not None, wm2.__callback__ is not None)
print(clean(repr(wm)))
wc = WeakMethod(Counter.make)
print("classmethod:", wc().__self__ is Counter, type(wc()(3)).__name__)
attempt("WeakMethod(function)", WeakMethod, Counter.bump)
attempt("WeakMethod(builtin method)", WeakMethod, [].append)
attempt("WeakMethod(1)", WeakMethod, 1)


def set_attribute():
    wm.extra = 1


attempt("set an attribute", set_attribute)

# the object dies: the method reference dies, its callback runs once
del bound, k
gc.collect()
print("object died:", wm(), wm2(), died, wm.__callback__)
print("dead ==:", wm == wm2, wm == wm, wm != wm2, clean(repr(wm)))

# the function dies (removed from its class): the method reference dies too
k = Counter(1)
wf = WeakMethod(k.other, lambda w: died.append("function"))
del Counter.other
gc.collect()
print("function died:", wf(), died[-1], k.n)

# the method of an object in a cycle dies with the cycle
k = Counter(2)
k.me = k
wk = WeakMethod(k.bump, lambda w: died.append("cycle"))
del k
gc.collect()
print("cycle died:", wk(), died[-1])

# -- proxies are not available; their names are
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__,
      weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(isinstance(r, weakref.ProxyTypes))
attempt("proxy(1)", weakref.proxy, 1)
print(sorted(weakref.__all__))
