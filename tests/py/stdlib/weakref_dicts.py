# weakref.WeakValueDictionary and weakref.WeakKeyDictionary: construction
# (mappings, pairs, keywords), item access, KeyError messages, get/pop/
# popitem/setdefault/update/clear, insertion-ordered keys/values/items (which
# are generators), entries vanishing when their value (key) dies, a replaced
# value whose death leaves the entry alone, equal keys sharing an entry,
# deaths during an iteration and while an iterator is suspended, valuerefs/
# itervaluerefs/keyrefs, KeyedRef on its own, copy/deepcopy, the | operators, == with dicts,
# reprs (addresses removed), subclasses and the mapping ABCs.
# CPython frees an object at once, pyjit at a collection: every death is
# observed after gc.collect().
import copy
import gc
import re
from collections.abc import Mapping, MutableMapping
from weakref import KeyedRef, WeakKeyDictionary, WeakValueDictionary, ref


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", clean(str(e)))
    else:
        print(label, "->", r)


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


class Key:
    """Equal and hashed by value, like many real keys."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "Key(%s)" % self.v


def show(label, d):
    print(label, len(d), list(d.items()))


print("== WeakValueDictionary")
a, b, c = Obj("a"), Obj("b"), Obj("c")
d = WeakValueDictionary()
d["a"] = a
d["b"] = b
d[3] = c
show("filled:", d)
print(clean(repr(d)), isinstance(d, MutableMapping), isinstance(d, Mapping))
print("access:", d["a"], d.get("b"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" in d)
attempt("[] in d", lambda: [] in d)
print("views:", list(d), list(d.keys()), list(d.values()), type(d.keys()).__name__)
attempt("d['zz']", lambda: d["zz"])
attempt("d[[]]", lambda: d[[]])
attempt("d['x'] = 5", d.__setitem__, "x", 5)
attempt("del d['zz']", d.__delitem__, "zz")
print("== dict:", d == {"a": a, "b": b, 3: c}, d == {"a": a}, d != {}, d == [1])

# a value dies: its entry goes
del b
gc.collect()
show("b died:", d)
print("after death:", "b" in d, d.get("b", "gone"))
attempt("d['b']", lambda: d["b"])

# replacing a value: the old value's death leaves the entry alone
old = Obj("old")
d["r"] = old
d["r"] = a
del old
gc.collect()
show("replaced:", d)

# constructors
e = WeakValueDictionary({"x": a}, y=c)
show("dict+kw:", e)
show("pairs:", WeakValueDictionary([(1, a), (2, c)]))
show("other=:", WeakValueDictionary(other=a))
show("copy ctor:", WeakValueDictionary(e))
attempt("ctor(5)", WeakValueDictionary, 5)

# pop / popitem / setdefault / update / clear
print("pop:", e.pop("x"), e.pop("x", "dflt"), e.pop("x", 1, 2))
attempt("pop missing", e.pop, "x")
print("popitem:", e.popitem(), len(e))
attempt("popitem empty", e.popitem)
print("setdefault:", e.setdefault("s", a), e.setdefault("s", c), list(e))
attempt("setdefault None", e.setdefault, "n")
e.update({"u": c}, v=a)
e.update([("w", c)])
show("updated:", e)
attempt("update(5)", e.update, 5)
e.clear()
show("cleared:", e)

# iterating while values die: dead entries are skipped, nothing breaks
vals = [Obj(i) for i in range(4)]
d2 = WeakValueDictionary((i, v) for i, v in enumerate(vals))
seen = []
for k in d2:
    seen.append(k)
    if k == 0:
        vals[2] = None
        gc.collect()
print("iteration:", seen, len(d2), list(d2))
seen = []
for k, v in d2.items():
    seen.append(k)
    if k == 0:
        vals[3] = None
        gc.collect()
del v
print("items iteration:", seen, len(d2), list(d2.values()))

# a suspended iterator defers the removals, len() does not count them
it = iter(d2)
print("first:", next(it))
vals[1] = None
gc.collect()
print("suspended:", len(d2), list(d2), 1 in d2)
del it
gc.collect()
print("iterator gone:", len(d2), list(d2), len(d2.valuerefs()))

# value references
refs = d.valuerefs()
print("valuerefs:", len(refs), [type(r).__name__ for r in refs], [r.key for r in refs],
      [r() is d[r.key] for r in refs])
print("itervaluerefs:", [r.key for r in d.itervaluerefs()])
print(clean(repr(refs[0])))
del a
gc.collect()
print("dead valueref:", refs[0](), clean(repr(refs[0])), [r.key for r in d.valuerefs()])

# KeyedRef on its own: a reference with a key; the callback gets the KeyedRef
kobj = Obj("kr")
fired = []
kr = KeyedRef(kobj, lambda r: fired.append((r is kr, r.key, r())), "the key")
plain = KeyedRef(kobj, None, 0)
print("KeyedRef:", kr.key, kr() is kobj, plain.__callback__, kr.__callback__ is not None,
      hash(kr) == hash(kobj), clean(repr(kr)))
print("KeyedRef ==:", kr == plain, kr != plain, kr == ref(kobj), ref(kobj) == kr, kr == kobj)
del kobj
gc.collect()
print("KeyedRef died:", fired, kr(), kr.__callback__, kr == plain, kr == kr, clean(repr(kr)))

# copies
f = WeakValueDictionary({("k",): c, "z": c})
g = f.copy()
h = copy.deepcopy(f)
print("copy:", type(g).__name__, list(g.items()) == list(f.items()), g is not f)
print("deepcopy:", list(h), h[("k",)] is c, copy.copy(f)["z"] is c)

# | and |=
print("|:", type(f | {"n": c}).__name__, list(f | {"n": c}))
print("ror:", type({"n": c} | f).__name__, list({"n": c} | f))
f |= {"m": c}
print("|=:", list(f))
attempt("f | 1", lambda: f | 1)


class MyWVD(WeakValueDictionary):
    pass


m = MyWVD(z=c)
print("subclass:", clean(repr(m)), type(m.copy()).__name__, type({} | m).__name__,
      type(copy.deepcopy(m)).__name__)
print(WeakValueDictionary[str, Obj])

print("== WeakKeyDictionary")
k1, k2, k3 = Obj("k1"), Obj("k2"), Obj("k3")
w = WeakKeyDictionary()
w[k1] = 1
w[k2] = [2]
w[k3] = 3
show("filled:", w)
print(clean(repr(w)), isinstance(w, MutableMapping))
print("access:", w[k1], w.get(k2), w.get(Obj("x")), w.get(Obj("x"), 0), k3 in w, Obj("x") in w, 1 in w)
print("views:", list(w), list(w.keys()), list(w.values()), type(w.items()).__name__)
attempt("w[Obj('zz')]", lambda: w[Obj("zz")])
attempt("w[1]", lambda: w[1])
attempt("w.get('s')", w.get, "s")
attempt("w['s'] = 1", w.__setitem__, "s", 1)


class Unhashable(list):
    pass


attempt("w[Unhashable()] = 1", w.__setitem__, Unhashable(), 1)
attempt("del w[Obj('zz')]", lambda: w.__delitem__(Obj("zz")))
print("== dict:", w == {k1: 1, k2: [2], k3: 3}, w != {})

# a key dies: its entry goes
del k2
gc.collect()
show("k2 died:", w)
print("keyrefs:", len(w.keyrefs()), [r() for r in w.keyrefs()])

# equal keys share one entry; the entry goes when the stored key dies
x1, x2 = Key(1), Key(1)
w2 = WeakKeyDictionary()
w2[x1] = "first"
w2[x2] = "second"
show("equal keys:", w2)
print("stored key is the first:", w2.keyrefs()[0]() is x1, w2[Key(1)])
del x1
gc.collect()
show("stored key died:", w2)

# constructors, pop / popitem / setdefault / update / clear
w3 = WeakKeyDictionary({k1: "a"})
show("from dict:", w3)
show("from pairs:", WeakKeyDictionary([(k1, "p"), (k3, "q")]))
attempt("update(kw)", lambda: w3.update(s=1))
w3.update([(k3, "b")])
w3.update({x2: "c"})
show("updated:", w3)
print("setdefault:", w3.setdefault(k1, "zz"), w3.setdefault(k3, "zz"), w3[k3])
print("pop:", w3.pop(k1), w3.pop(k1, "dflt"))
attempt("pop missing", w3.pop, k1)
attempt("pop 3 args", w3.pop, k1, 1, 2)
print("popitem:", w3.popitem(), len(w3))
w3.clear()
show("cleared:", w3)
attempt("popitem empty", w3.popitem)

# iterating while keys die
keys = [Obj(i) for i in range(4)]
w4 = WeakKeyDictionary((k, i) for i, k in enumerate(keys))
seen = []
for k in w4:
    seen.append(k.name)
    if k.name == 0:
        keys[2] = None
        gc.collect()
        print("len while iterating:", len(w4))
del k
print("iteration:", seen, len(w4), list(w4.values()))
it = iter(w4.items())
print("first:", next(it))
keys[1] = None
gc.collect()
print("suspended:", len(w4), list(w4.values()))
del it
gc.collect()
print("iterator gone:", len(w4), len(w4.keyrefs()))

# copies and |
shared = [1, 2]
w5 = WeakKeyDictionary({k1: shared, k3: "v"})
c5 = w5.copy()
d5 = copy.deepcopy(w5)
print("copy:", type(c5).__name__, c5[k1] is shared, d5[k1] == shared, d5[k1] is shared)
print("|:", type(w5 | {x2: 0}).__name__, len(w5 | {x2: 0}), type({x2: 0} | w5).__name__)
w5 |= {x2: 0}
print("|=:", len(w5), w5[Key(1)])
attempt("w5 | []", lambda: w5 | [])


class MyWKD(WeakKeyDictionary):
    pass


print("subclass:", clean(repr(MyWKD())), type(MyWKD().copy()).__name__)
print(WeakKeyDictionary[Obj, int])
