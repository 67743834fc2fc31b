# Class attributes vs instance attributes, shared mutable state, lookup order
class Config:
    defaults = {"debug": False}
    shared_list = []
    version = 1
    def __init__(self, name):
        self.name = name
    def add(self, item):
        self.shared_list.append(item)
a, b = Config("a"), Config("b")
a.add(1)
b.add(2)
print(Config.shared_list, a.shared_list is b.shared_list)
a.version = 2
print(a.version, b.version, Config.version, "version" in vars(a), "version" in vars(b))
Config.version = 10
print(a.version, b.version)
del a.version
print(a.version)
a.shared_list = ["own"]
print(a.shared_list, b.shared_list)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.total)
class Bad:
    total = 0
    def __init__(self):
        self.total += 1
objs = [Bad() for _ in range(3)]
print([o.total for o in objs], Bad.total)
class Const:
    PI = 3.14159
    TAU = PI * 2
    NAMES = [n.upper() for n in ("a", "b")]
print(Const.TAU, Const.NAMES)
class Parent:
    attr = "parent"
    def get(self):
        return self.attr
class Child(Parent):
    attr = "child"
print(Parent().get(), Child().get())
Parent.attr = "changed"
print(Parent().get(), Child().get())
del Child.attr
print(Child().get())
setattr(Config, "added_later", "dynamic class attr")
print(a.added_later, getattr(b, "added_later"), hasattr(Config, "added_later"))
class WithMethodAttr:
    def method(self):
        return "method"
w = WithMethodAttr()
w.method = lambda: "instance override"
print(w.method(), WithMethodAttr().method())
class Outer:
    x = 1
    class Inner:
        y = 2
    def get_inner(self):
        return self.Inner.y
print(Outer.Inner.y, Outer().get_inner(), Outer.Inner.__qualname__)
