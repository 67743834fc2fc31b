# match: class patterns with positional (__match_args__) and keyword sub-patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
class Plain:
    def __init__(self):
        self.attr = "value"
def where(obj):
    match obj:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d point {x},{y},{zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), r=1):
            return f"unit circle cx={cx}"
        case Plain(attr="value"):
            return "plain with keyword only"
        case _:
            return "unknown"
things = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3),
          Circle(Point(0, 0), 4), Circle(Point(7, 1), 1), Circle(Point(7, 1), 2), Plain(), 42]
for t in things:
    print(where(t))
try:
    match Plain():
        case Plain("positional"):
            print("no")
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            print("no")
except TypeError as e:
    print("TypeError:", e)
match Point(1, 2):
    case Point(y=2, x=1):
        print("keyword order irrelevant")
