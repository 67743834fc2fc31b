# Classes derived from built-in types: construction, attributes, overrides honoured
# by the protocols, and the built-in behaviour where the class does not override.


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), bool(Stack()))
s.label = "st"
print(s.label, s.__dict__, vars(s), hasattr(s, "label"))
del s.label
print(hasattr(s, "label"), s.__dict__)
print(sorted(Stack([3, 1, 2])), sum(Stack([1, 2, 3])), max(Stack([4, 9])), Stack("ab") + ["c"])
print(type(s[:]).__name__, type(s + s).__name__, s == [1, 2, 3], s != [1, 2], [1, 2, 3] == s)
s += [4]
s *= 2
print(s, type(s).__name__)


class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


p = Pos(-7)
print(p, p + 1, p * 2, p // 2, p % 4, -p, ~p, p << 1, p & 3, p ** 2, pow(p, 2, 5), divmod(p, 2))
print(type(p).__name__, isinstance(p, int), p.bit_length(), p == 7, hash(p) == hash(7), bool(Pos(0)))
print("%d %x %s %r %05.1f" % (p, p, p, p, p), f"{p:>4}", format(p, "b"), hex(p), float(p))
print([10, 20, 30, 40, 50, 60, 70, 80][p], range(p)[-1], "ab" * Pos(2), {7: "seven"}[p])
big = Pos(-(2**70))
print(big, big + 1, type(big).__name__, big > 2**69)


class Metres(float):
    def __str__(self):
        return "%gm" % self


m = Metres(3.5)
print(m, str(m), repr(m), m * 2, f"{m}", f"{m:.2f}", round(m), int(m), m > 3, abs(Metres(-1.5)))
import math

print(math.sqrt(Metres(4.0)), math.floor(m), float(m), [m], max(m, 1.0))


class Loud(str):
    def shout(self):
        return self.upper() + "!"


u = Loud("hi")
print(u, u.shout(), len(u), u + "x", type(u + "x").__name__, u == "hi", {u: 1}["hi"], u[0], "h" in u)
print(repr(u), f"<{u}>", "%s|%r" % (u, u), u.split("i"), list(u), str(u) == "hi", type(str(u)).__name__)


class Defaults(dict):
    def __missing__(self, key):
        return key * 2


d = Defaults(a=1)
d["b"] = 2
print(d["a"], d["zz"], d, len(d), d.get("q"), "zz" in d, sorted(d.items()), type(d.copy()).__name__)


class LowerKeys(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


lk = LowerKeys()
lk["KEY"] = 1
print(lk, lk["Key"], list(lk), len(lk))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point(%r, %r)" % self


pt = Point(1, 2)
a, b = pt
print(pt, pt.x, a, b, len(pt), pt + (3,), pt == (1, 2), hash(pt) == hash((1, 2)), [pt], str(pt))


class Scaled(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        return iter([0])

    def __contains__(self, x):
        return x == "anything"


sc = Scaled([1, 2, 3])
print(sc[0], len(sc), list(sc), [x for x in sc], "anything" in sc, 1 in sc, sc)


class Tally(set):
    def add(self, x):
        super().add(x * 2)


t = Tally([1, 2])
t.add(5)
print(sorted(t), len(t), 10 in t, isinstance(t, set), sorted(t | {1}))


class Pair(frozenset):
    pass


print(sorted(Pair([2, 1])), Pair([1]) == frozenset([1]), hash(Pair([1])) == hash(frozenset([1])))


class Buf(bytearray):
    pass


bb = Buf(b"ab")
bb += b"c"
print(bb, len(bb), bytes(bb))


class Cplx(complex):
    pass


print(Cplx(1, 2), Cplx(1, 2) * 2, abs(Cplx(3, 4)))


class Eq(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


print(Eq(1) == 2, Eq(1) != 2, 2 == Eq(1), hash(Eq(5)) == 5)


class NoHash(tuple):
    def __eq__(self, other):
        return False


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)

for bad in ("bool", "range"):
    try:
        type("X", (eval(bad),), {})
    except TypeError as e:
        print("TypeError", e)

try:

    class Both(int, str):
        pass

except TypeError as e:
    print("TypeError", e)

try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError", e)

# Many instances with attributes survive collections.
keep = []
for i in range(2000):
    x = Stack([i])
    x.tag = str(i)
    keep.append(x)
print(sum(len(k) for k in keep), keep[1234].tag, keep[-1])

# Filling from a generator runs Python code while the new instance is being built
# (a collection then must not free it).
print(Stack(x * x for x in range(5)), Defaults((k, k * 2) for k in "ab"), Tally(x for x in (1, 2)))


class Row(tuple):
    pass


print(Row(x for x in range(3)), Loud("".join(c for c in "abc")))
