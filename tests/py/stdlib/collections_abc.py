# collections.abc: isinstance/issubclass for built-in types and for classes that
# only define the methods (subclass hooks, `= None` opt-outs), register(), the
# abstract-method TypeError, and the mixin methods of Set, MutableSet, Mapping,
# MutableMapping, the views, Sequence, MutableSequence, Iterator and Generator.
import collections
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Generator, Reversible,
                             Sized, Container, Callable, Collection, Sequence,
                             MutableSequence, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView,
                             ValuesView, ByteString)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ABCS = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
        Callable, Collection, Sequence, MutableSequence, Set, MutableSet,
        Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
        ByteString]
print(" ".join(a.__name__ for a in ABCS))


def gen():
    yield 1


class OnlyIter:
    def __iter__(self):
        return iter(())


class OnlyLen:
    def __len__(self):
        return 0


class OnlyCall:
    def __call__(self):
        return 1


class IterNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class EqNoHash:
    def __eq__(self, other):
        return True


class NoIter(list):
    __iter__ = None


class GetItemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


samples = [
    ("list", []), ("dict", {}), ("str", ""), ("tuple", ()), ("set", set()),
    ("frozenset", frozenset()), ("range", range(2)), ("bytes", b""),
    ("bytearray", bytearray()), ("memoryview", memoryview(b"")),
    ("generator", gen()), ("list_iter", iter([])), ("dict_keys", {}.keys()),
    ("dict_values", {}.values()), ("dict_items", {}.items()),
    ("dict_keyiter", iter({})), ("set_iter", iter(set())), ("str_iter", iter("")),
    ("range_iter", iter(range(1))), ("reversed", reversed([])), ("zip", zip()),
    ("map", map(len, [])), ("enumerate", enumerate([])), ("function", len),
    ("lambda", lambda: 0), ("method", "".join), ("class", int), ("int", 1),
    ("float", 1.5), ("None", None), ("object", object()),
    ("OnlyIter", OnlyIter()), ("OnlyLen", OnlyLen()), ("OnlyCall", OnlyCall()),
    ("IterNext", IterNext()), ("EqNoHash", EqNoHash()), ("NoIter", NoIter()),
    ("GetItemOnly", GetItemOnly()), ("deque", collections.deque()),
    ("OrderedDict", collections.OrderedDict()), ("Counter", collections.Counter()),
    ("defaultdict", collections.defaultdict()), ("ChainMap", collections.ChainMap()),
    ("UserDict", collections.UserDict()), ("UserList", collections.UserList()),
    ("UserString", collections.UserString("")),
    ("namedtuple", collections.namedtuple("NT", "a")(1)),
]
for name, obj in samples:
    print("%-12s" % name, "".join("x" if isinstance(obj, a) else "." for a in ABCS))
print(list(GetItemOnly()), issubclass(list, Sequence), issubclass(dict, Sequence))
print(issubclass(bool, Hashable), issubclass(type, Callable), issubclass(tuple, Reversible))

# register() makes virtual subclasses
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


print(isinstance(Bag([]), Sequence))
Sequence.register(Bag)
print(isinstance(Bag([]), Sequence), issubclass(Bag, Collection), issubclass(Bag, Reversible))
print(Bag not in Sequence.__subclasses__(), Sequence.register(Bag) is Bag)

# abstract classes cannot be instantiated
class Half(Sequence):
    def __len__(self):
        return 0


attempt(lambda: Half())
attempt(lambda: Mapping())
attempt(lambda: Iterable())
attempt(lambda: MutableSet())


# Sequence mixins
class Seq(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, list(reversed(s)), s.index(1), s.index(1, 2), s.index(5, -1), s.count(1))
attempt(lambda: s.index(9))
attempt(lambda: s.index(3, 1))
print(isinstance(s, Reversible), sorted(s), len(s), max(s))


# MutableSequence mixins
class MList(MutableSequence):
    def __init__(self, items=()):
        self._d = list(items)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def __len__(self):
        return len(self._d)

    def insert(self, i, v):
        self._d.insert(i, v)

    def __repr__(self):
        return "MList(%r)" % (self._d,)


m = MList([1, 2])
m.append(3)
m.extend([4, 5])
m.extend(m)
print(m)
print(m.pop(), m.pop(0), m)
m.remove(3)
m.reverse()
print(m)
m += (7, 8)
print(m)
attempt(lambda: m.remove(99))
m.clear()
print(m, len(m))
attempt(lambda: m.pop())


# Set mixins (comparisons and operators build results with _from_iterable)
class LSet(Set):
    def __init__(self, items=()):
        self._d = []
        for x in items:
            if x not in self._d:
                self._d.append(x)

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "LSet(%r)" % (self._d,)


a = LSet([1, 2, 3])
b = LSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], [2, 9] & a)
print(a == LSet([3, 2, 1]), a != b, a <= LSet([1, 2, 3, 4]), a < a, a >= LSet([1]), a > LSet([1, 2, 3]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, a.isdisjoint([4, 5]), a.isdisjoint(b))
print(a - {1}, {5, 1} - a, a ^ [3, 7], a | {0})
attempt(lambda: a & 5)
attempt(lambda: a < [1, 2])
print(a._hash() == LSet([3, 1, 2])._hash(), type(a._hash()).__name__)


class HSet(LSet):
    __hash__ = Set._hash


print(hash(HSet([1, 2])) == hash(HSet([2, 1])), isinstance(HSet(), Hashable), isinstance(LSet(), Hashable))


# MutableSet mixins
class MSet(MutableSet, LSet):
    def add(self, x):
        if x not in self._d:
            self._d.append(x)

    def discard(self, x):
        if x in self._d:
            self._d.remove(x)


ms = MSet([1, 2, 3])
ms.add(4)
ms.discard(10)
ms.remove(1)
print(ms, ms.pop(), ms)
attempt(lambda: ms.remove(42))
ms |= [5, 6]
print(ms)
ms &= [3, 4, 5, 6, 9]
print(ms)
ms ^= [6, 7]
print(ms)
ms -= [3]
print(ms)
ms ^= ms
print(ms)
ms.add(1)
ms.clear()
print(ms)
attempt(lambda: ms.pop())


# Mapping / MutableMapping mixins and the views
class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2)
print(mp["a"], mp.get("b"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp, len(mp))
print(type(mp.keys()).__name__, list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {"a": 1, "b": 2}, mp == Map(b=2, a=1), mp != {"a": 1}, {"a": 1, "b": 2} == mp)
print(type(mp.keys()).__name__, type(mp.items()).__name__, type(mp.values()).__name__)
print(mp.keys() & {"a", "c"}, mp.keys() | {"c"} == {"a", "b", "c"}, ("a", 1) in mp.items(), ("a", 2) in mp.items(), 2 in mp.values())
print(mp.keys() == {"a", "b"}, mp.items() == {("a", 1), ("b", 2)}, len(mp.values()))
print(isinstance(mp.keys(), Set), isinstance(mp.values(), Set), isinstance(mp.items(), MappingView))
print(Mapping.__reversed__ is None, isinstance(mp, Reversible), isinstance(mp, Hashable))


class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "MMap(%r)" % (self._d,)


mm = MMap()
mm.update({"a": 1}, b=2)
mm.update([("c", 3)])
mm.update(Map(d=4))
print(mm)
print(mm.pop("a"), mm.pop("zz", None), mm.setdefault("b", 0), mm.setdefault("e", 5), mm)
attempt(lambda: mm.pop("zz"))
print(mm.popitem(), mm)
mm.clear()
print(mm)
attempt(lambda: mm.popitem())


class HasKeys:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k * 2


mm.update(HasKeys())
print(mm)


# Iterator and Generator mixins
class Count(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Count(3)
print(iter(c) is c, list(c))


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return (self.i, value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send("x"), list(g))
attempt(lambda: Gen().throw(ValueError, ValueError("boom")))
attempt(lambda: Gen().throw(KeyError))
print(Gen().close(), isinstance(gen(), Generator), isinstance(Gen(), Iterator))

# module attributes
print(collections.abc.__name__, Sequence.__module__, repr(MutableMapping), collections.abc is collections.abc)
print(sorted(collections.abc.__all__))
print(collections.__all__)
