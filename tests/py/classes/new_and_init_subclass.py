# __new__, __init_subclass__, class decorators and class-level registries
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-5), Positive(3) + 1, type(Positive(-1)).__name__, isinstance(Positive(2), int))
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInit())
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, key="csv"):
    pass
class JsonPlugin(Plugin):
    pass
class SubCsv(CsvPlugin, key="csv2"):
    pass
print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))
def add_method(cls):
    cls.describe = lambda self: f"I am {type(self).__name__}"
    return cls
@add_method
class Thing:
    pass
print(Thing().describe())
class Tracked:
    created = []
    def __new__(cls, *a, **k):
        obj = super().__new__(cls)
        Tracked.created.append(cls.__name__)
        return obj
    def __init__(self, n):
        self.n = n
class TrackedChild(Tracked):
    pass
Tracked(1); TrackedChild(2); TrackedChild(3)
print(Tracked.created)
class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2), Point.__new__(Point, 3, 4))
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("hello")
print(u, len(u), u.lower(), type(u).__name__, type(u + "x").__name__)
