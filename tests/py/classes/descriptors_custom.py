# Custom descriptors with __get__/__set__/__delete__/__set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.public} on {objtype.__name__}>"
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, Person.name, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(sorted(vars(p)))
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance dict wins over non-data"
print(h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "shadow attempt"
print(h2.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("  computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
class Method:
    def f(self):
        return "bound"
print(Method.__dict__["f"].__get__(Method(), Method)(), type(Method.__dict__["f"].__get__(None, Method)).__name__)
