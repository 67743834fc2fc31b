# __repr__ and __str__ selection in print, containers, f-strings and format
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly-repr"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(format(b), format(r, ""))
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at "))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3(2.5, None), [Point(0, [1])])
class Weird:
    def __repr__(self):
        return 42
try:
    repr(Weird())
except TypeError as e:
    print("TypeError:", e)
class StrBad:
    def __str__(self):
        return None
try:
    str(StrBad())
except TypeError as e:
    print("TypeError:", e)
class Nested:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Nested({self.child!r})"
print(Nested(Nested(Nested())))
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'default'}>"
    def __str__(self):
        return "Fmt-str"
print(f"{Fmt()} {Fmt():xyz} {Fmt()!s}", format(Fmt(), ">5"), "{:abc}".format(Fmt()))
print(str(Both) == "<class '__main__.Both'>", repr(Both), Both.__name__)
