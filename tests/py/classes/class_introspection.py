# Introspection of classes and instances: type(), __class__, __dict__, dir filtering
class Base:
    """Base doc."""
    cls_var = 1
    def method(self):
        pass
class Derived(Base):
    def __init__(self):
        self.inst_var = 2
d = Derived()
print(type(d).__name__, d.__class__.__name__, type(d) is Derived, type(Derived).__name__, type(type).__name__)
print(Derived.__name__, Derived.__module__, Base.__doc__, Derived.__doc__)
print([c.__name__ for c in Derived.__bases__], Derived.__base__.__name__)
print(vars(d), d.__dict__ is vars(d))
print(sorted(n for n in dir(d) if not n.startswith("__")))
print(sorted(k for k in Base.__dict__ if not k.startswith("__")), "cls_var" in Derived.__dict__)
print(isinstance(d, Base), isinstance(d, object), isinstance(Base, type), isinstance(3, (str, int)))
Dyn = type("Dyn", (Base,), {"x": 5, "hello": lambda self: f"hi from {type(self).__name__}"})
obj = Dyn()
print(Dyn.__name__, obj.x, obj.hello(), obj.cls_var, [c.__name__ for c in Dyn.__mro__])
print(type(5), type("s"), type([]), type(None), type(type), type(len))
print(int.__name__, type(1).__name__, (1).__class__ is int, type(True).__mro__)
d.__class__ = Base
print(type(d).__name__, d.inst_var)
def make_class(name, **attrs):
    return type(name, (), attrs)
P = make_class("P", a=1, b=2)
print(P.__name__, P.a + P.b, sorted(k for k in vars(P) if not k.startswith("__")))
print(hasattr(Base, "method"), callable(Base.method), hasattr(d, "nonexistent"))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
print(issubclass(Derived, Base), issubclass(type, object), issubclass(object, type))
