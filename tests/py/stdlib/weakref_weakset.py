# weakref.WeakSet: construction, add/remove/discard/pop/clear/update, membership
# (objects that cannot be weakly referenced are simply not members), elements
# vanishing when they die, equal elements sharing a slot, deaths during an
# iteration and while an iterator is suspended, the set operators and methods
# (results are WeakSets; in-place forms return the same set), comparisons,
# error messages, repr (addresses removed), copies, subclasses and the ABCs.
# Set order depends on the elements' hashes (addresses here), so elements are
# printed sorted. CPython frees an object at once, pyjit at a collection:
# every death is observed after gc.collect().
import copy
import gc
import re
from collections.abc import MutableSet, Set
from weakref import WeakSet


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
    """Equal and hashed by value."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "Key(%s)" % self.v


def names(s):
    return sorted(o.name for o in s)


a, b, c, d = Obj("a"), Obj("b"), Obj("c"), Obj("d")
s = WeakSet([a, b])
print("built:", len(s), names(s), a in s, c in s, 1 in s, [] in s)
print(type(s), isinstance(s, MutableSet), isinstance(s, Set), clean(repr(WeakSet())))
print(clean(repr(WeakSet([a]))))
attempt("hash", hash, s)
s.add(c)
s.add(a)
print("add:", len(s), names(s))
attempt("add(1)", s.add, 1)
attempt("add([])", s.add, [])
s.discard(c)
s.discard(Obj("x"))
print("discard:", names(s))
attempt("discard(1)", s.discard, 1)
s.remove(b)
print("remove:", names(s))
attempt("remove missing", s.remove, b)
attempt("remove(1)", s.remove, 1)
s.update([c, d])
s |= WeakSet([b])
print("update:", names(s))
print("pop:", WeakSet([a]).pop())
attempt("pop empty", WeakSet().pop)
e = WeakSet([a])
e.clear()
print("clear:", len(e), list(e))
print("empty:", len(WeakSet()), len(WeakSet(None)), bool(WeakSet()), bool(WeakSet([a])))
attempt("WeakSet(1)", WeakSet, 1)
attempt("WeakSet([1])", WeakSet, [1])

# an element dies: it leaves the set
t = WeakSet([a, b, Obj("temp")])
gc.collect()
print("temp died:", len(t), names(t))
del b
gc.collect()
print("b died:", len(t), names(t), len(s), names(s))

# equal elements share one slot; it goes when the stored one dies
k1, k2 = Key(1), Key(1)
u = WeakSet([k1, k2])
print("equal elements:", len(u), Key(1) in u, next(iter(u)) is k1)
del k1
gc.collect()
print("stored one died:", len(u), k2 in u)

# iterating while elements die
objs = [Obj(i) for i in range(5)]
v = WeakSet(objs)
count = 0
for o in v:
    count += 1
    if count == 1:
        for i in range(5):
            if objs[i] is not o:
                objs[i] = None
                break
        gc.collect()
        print("len while iterating:", len(v))
del o
print("iterated:", count, len(v))

# a suspended iterator defers the removals
it = iter(v)
first = next(it)
for i in range(5):
    if objs[i] is not None and objs[i] is not first:
        objs[i] = None
        break
gc.collect()
print("suspended:", len(v), len(list(v)))
del it, first
gc.collect()
print("iterator gone:", len(v), len(list(v)))

# operators and methods: results are new WeakSets
a, b = Obj("a"), Obj("b")
x = WeakSet([a, b, c])
y = WeakSet([b, c, d])
for label, r in [("x | y", x | y), ("x.union([d])", x.union([d])),
                 ("x & y", x & y), ("x.intersection([a, d])", x.intersection([a, d])),
                 ("x - y", x - y), ("x.difference([a])", x.difference([a])),
                 ("x ^ y", x ^ y), ("x.symmetric_difference([a, d])", x.symmetric_difference([a, d]))]:
    print(label, type(r).__name__, names(r))
print("operands unchanged:", names(x), names(y))
attempt("x | 1", lambda: x | 1)
attempt("x - 1", lambda: x - 1)
attempt("x & [1]", lambda: x & [1])
attempt("set() | x", lambda: set() | x)

z = WeakSet([a, b, c])
same = z
z &= [a, b, d]
print("&=:", names(z), z is same)
z -= WeakSet([a])
print("-=:", names(z), z is same)
z ^= [b, c]
print("^=:", names(z), z is same)
z |= [a]
print("|=:", names(z), z is same)
z.intersection_update([a, c])
z.difference_update([c])
z.symmetric_difference_update([d])
print("updates:", names(z))
w = WeakSet([a])
w -= w
print("w -= w:", len(w))
w = WeakSet([a])
w ^= w
print("w ^= w:", len(w))

# comparisons
p, q = WeakSet([a]), WeakSet([a, b])
print("<= < >= >:", p <= q, p < q, q >= p, q > p, p < p, p <= p, q <= p)
print("subset/superset:", p.issubset([a, b]), p.issubset([b]), q.issuperset([b]), q.issuperset({c}))
print("disjoint:", p.isdisjoint([b]), p.isdisjoint(q))
print("==:", p == WeakSet([a]), p == q, p != q, p == {a}, p != {a}, p == [a])
attempt("p < 1", lambda: p < 1)


class MyWeakSet(WeakSet):
    pass


m = MyWeakSet([a, b])
m.tag = "kept"
print("subclass:", type(m.copy()).__name__, type(m | p).__name__, type(m & p).__name__,
      type(m - p).__name__, m == WeakSet([a, b]), WeakSet([a, b]) == m)

# copies keep the same elements
cp = copy.copy(m)
dc = copy.deepcopy(m)
print("copies:", type(cp).__name__, names(cp), cp.tag, type(dc).__name__, names(dc), dc.tag,
      sorted(map(id, dc)) == sorted(map(id, m)))
print(WeakSet[int], MyWeakSet.__mro__[1] is WeakSet)
