# itertools.groupby (keys, key functions, groups invalidated when the outer iterator
# advances, identity-before-equality key comparison, laziness) and itertools.tee
# (independent copies, long lags across internal blocks, __copy__, tee of a tee,
# iterators with their own __copy__, re-entrancy).
import copy
from itertools import groupby, tee, islice, count, chain

print("--- groupby")
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], len)])
print([(k, list(g)) for k, g in groupby("aAbBBa", key=str.lower)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, len(list(g))) for k, g in groupby([None, None, 0, 0, None])])

print("--- groups are invalidated when the groupby advances")
groups = list(groupby("AAABBC"))
print([(k, list(g)) for k, g in groups])
gb = groupby("AAABBC")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby("xxyyz")
k, g = next(gb)
print(list(g), list(g))
items = []
for k, g in groupby("aabbbc"):
    items.append((k, next(g)))
print(items)
gb = groupby("aabbc")
_, ga = next(gb)
_, gbb = next(gb)
_, gc = next(gb)
print(list(gc), list(gbb), list(ga))

print("--- laziness: what the key function and the input see")
log = []


def source():
    for x in [1, 1, 2, 3, 3]:
        log.append("yield %d" % x)
        yield x


def key(x):
    log.append("key %d" % x)
    return x


gb = groupby(source(), key)
k, g = next(gb)
print(k, log)
log.clear()
print(next(g), log)
log.clear()
print(next(g), log)
log.clear()
print(next(g, "end"), log)
log.clear()
k, g = next(gb)
print(k, log)
log.clear()
k, g = next(gb)
print(k, log, list(g))
log.clear()
print(next(gb, "done"), log)

print("--- key comparison: identity first, then ==")
nan = float("nan")
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1])])
compares = []


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        compares.append((self.name, other.name))
        return self.name[0] == other.name[0]

    __hash__ = object.__hash__


ks = [Key("a1"), Key("a2"), Key("b1"), Key("b2"), Key("c1")]
print([(k.name, [x.name for x in g]) for k, g in groupby(ks)])
print(compares)
compares.clear()
print([k.name for k, g in groupby(ks)])
print(compares)


class Bad:
    def __eq__(self, other):
        raise ValueError("no compare")

    __hash__ = object.__hash__


gb = groupby([Bad(), Bad()])
k, g = next(gb)
try:
    next(gb)
except ValueError as e:
    print(type(e).__name__, e)
print(type(groupby([])).__name__, type(g).__name__, iter(g) is g)

print("--- tee")
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), list(b), next(c), list(a), list(c))
print(tee([1, 2], 0), len(tee([1, 2], 1)), [list(t) for t in tee("ab", 4)])
print(type(a).__name__, iter(a) is a)
it = iter(range(1000))
a, b = tee(it)
print(sum(a), next(b), sum(b))
print(list(it))
a, b = tee(count())
big = list(islice(a, 500))
print(big[-1], next(b), list(islice(b, 200, 203)), next(a))
log = []


def src():
    for i in range(4):
        log.append(i)
        yield i


a, b = tee(src())
print(log, next(a), list(log), next(b), list(log), list(b), list(log), list(a))

print("--- copies")
a, b = tee("abcdef")
next(a)
c = copy.copy(a)
print(next(a), next(c), list(a), list(c), list(b))
a, = tee("xyz", 1)
d = a.__copy__()
print(type(d).__name__, next(a), next(d), list(a), list(d))
a, b = tee(range(3))
next(a)
x, y = tee(a)
print(x is a, list(x), list(y), list(b))
t = tee([1, 2])[0]
print(list(t), list(t))


class Copyable:
    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.data):
            raise StopIteration
        self.pos += 1
        return self.data[self.pos - 1]

    def __copy__(self):
        return Copyable(self.data, self.pos)


src_it = Copyable("pqr")
p, q = tee(src_it)
print(p is src_it, type(q).__name__, list(p), list(q))

print("--- long lags and many copies")
ts = tee(range(200), 5)
out = [list(islice(t, i * 37, None)) for i, t in enumerate(ts)]
print([len(o) for o in out], [o[:2] for o in out])
a, b = tee(iter(range(300)))
s1 = [next(a) for _ in range(150)]
s2 = [next(b) for _ in range(10)]
s3 = list(a)
print(s1[-1], s2, len(s3), s3[:3], sum(b))
a, b = tee(chain("ab", range(120)))
pairs = list(zip(a, islice(b, 1, None)))
print(len(pairs), pairs[:2], pairs[-1])

print("--- re-entering")
holder = []


def reenter():
    yield 1
    yield next(holder[0])


a, b = tee(reenter())
holder.append(a)
print(next(a))
try:
    next(a)
except RuntimeError as e:
    print(type(e).__name__, e)
