# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__
class Fallback:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.inst, f.dyn_color, getattr(f, "dyn_size"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "dyn_x"), hasattr(f, "nope"), getattr(f, "nope", "default"))
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  del {name}")
        del self._fields[name]
r = Record(a=1)
r.b = 2
print(r.a, r.b, r._fields)
del r.a
print(hasattr(r, "a"), sorted(r._fields))
class Logged:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  access {name}")
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2
lg = Logged()
print(lg.x)
print(lg.method())
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "value", 5)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
ro = ReadOnly()
try:
    ro.value = 6
except AttributeError as e:
    print("AttributeError:", e, ro.value)
class Counted:
    lookups = 0
    def __getattr__(self, name):
        Counted.lookups += 1
        return len(name)
c = Counted()
c.existing = "here"
print(c.existing, c.abc, c.abcdef, Counted.lookups)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
