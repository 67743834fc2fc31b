# Rich comparisons: reflection, NotImplemented, default __ne__, sorting
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a == Version("1.2"), a != Version("1.2"), a == "1.2", a != "1.2")
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
print(len(set(vs)), Version("1.2") in vs, vs.count(Version("1.2")), vs.index(Version("1.2.1")))
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"  Loud({self.n}).__eq__({o!r})")
        return isinstance(o, Loud) and self.n == o.n
    def __gt__(self, o):
        print(f"  Loud({self.n}).__gt__")
        return self.n > (o.n if isinstance(o, Loud) else o)
    def __repr__(self):
        return f"Loud({self.n})"
print(1 == Loud(1))
print(Loud(1) != Loud(2))
print(5 < Loud(7))
print(Loud(3) > 2)
class Sub(Loud):
    def __eq__(self, o):
        print("  Sub.__eq__ tried first")
        return True
print(Loud(1) == Sub(2))
class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
print(Always() == 1, Always() != 1, [1, 2].count(Always()), Always() in [3])
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Cmp(2) > Cmp(1), Cmp(1) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Cmp(3), Cmp(1), Cmp(2)], reverse=True)[0].v)
