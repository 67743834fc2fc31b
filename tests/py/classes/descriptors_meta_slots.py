class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class P:
    x = Typed()
    y = NonData()
p = P()
p.x = 5
print(p.x, type(P.x).__name__, P.x.name)
try:
    p.x = "a"
except TypeError as e:
    print(e)
del p.x
print(p.x)
print(p.y)
p.__dict__["y"] = "inst"
print(p.y)
p.__dict__["x"] = "shadow"
print(p.x)
class GA:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = GA()
print(g.a, g.magic, g.other)
class SA:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
s = SA()
s.v = 3
print(s.v)
del s.v
print(hasattr(s, "v"))
class Sl:
    __slots__ = ("a", "b")
sl = Sl()
sl.a = 1
try:
    sl.c = 3
except AttributeError as e:
    print(e)
print(hasattr(sl, "__dict__"))
try:
    sl.b
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
class M(metaclass=Meta, tag="t"):
    def __init__(self, v):
        self.v = v
m = M(3)
print(m.v, m.made_by_meta, M.added, M.prepared, type(M).__name__, isinstance(M, Meta))
T = type("T", (object,), {"z": 1, "f": lambda self: self.z + 1})
print(T().f(), T.__name__, T.__mro__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
print(Single(1) is Single(2), Single(3).v)
class Other:
    def __new__(cls):
        return 42
print(Other())
class Base:
    subs = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, key))
class C1(Base, key="k1"): pass
class C2(C1): pass
print(Base.subs)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D: pass
print(D.decorated)
