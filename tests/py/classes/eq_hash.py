# __eq__ and __hash__ interplay: hashability, dict/set behaviour
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x, self.y}"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1), "none"))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, Plain() == Plain(), hash(p) == hash(p), len({p, p}))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
s = {ConstHash(1), ConstHash(2), ConstHash(1)}
print(len(s), hash(ConstHash(9)))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Child(Point):
    pass
print(Child(1, 2) == Point(1, 2), hash(Child(1, 2)) == hash(Point(1, 2)), Child.__hash__ is Point.__hash__)
class ChildEq(Point):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__ is None)
class Mutable:
    def __init__(self):
        self.k = 1
    def __hash__(self):
        return self.k
    def __eq__(self, o):
        return self is o
m = Mutable()
bucket = {m: "stored"}
m.k = 2
print(m in bucket, bucket.get(m, "lost after mutation"))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)), hash(None) == hash(None))
