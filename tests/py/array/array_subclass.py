# Subclasses of array.array: methods, attributes, overrides honoured, __new__.
import array


class Vec(array.array):
    def norm1(self):
        return sum(abs(x) for x in self)

    def __repr__(self):
        return "Vec(%s)" % list(self)


v = Vec("d", [1.0, -2.0])
v.append(3.0)
v.label = "v"
print(v, v.norm1(), len(v), v[1], v.typecode, v.label, isinstance(v, array.array), type(v).__name__)
print(type(v + v).__name__, v == array.array("d", [1, -2, 3]), list(v[1:]))


class Plain(array.array):
    pass


p = Plain("i", [1, 2])
print(p, repr(p), type(p[:]).__name__)


class WithNew(array.array):
    def __new__(cls, values):
        return super().__new__(cls, "b", values)


w = WithNew([1, 2, 3])
print(w, w.itemsize)


class Scaled(array.array):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)


s = Scaled("d", [1.0, 2.0])
s[0] = 5.0
print(s[0], s[1], list(s), s)
