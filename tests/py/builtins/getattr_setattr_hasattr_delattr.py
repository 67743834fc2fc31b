# getattr(), setattr(), hasattr(), delattr()
class Obj:
    cls_attr = "class"
    def method(self):
        return "called"
    @property
    def prop(self):
        return "property value"
    @property
    def broken(self):
        raise ValueError("property raised")
o = Obj()
setattr(o, "x", 10)
setattr(o, "with space", "odd name")
print(o.x, getattr(o, "x"), getattr(o, "with space"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "missing", "default"), getattr(o, "missing", None), getattr(o, "prop"))
print(hasattr(o, "x"), hasattr(o, "missing"), hasattr(o, "method"), hasattr(Obj, "x"), hasattr(o, "prop"))
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr only swallows AttributeError:", e)
try:
    getattr(o, "broken", "default not used for ValueError")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
delattr(o, "x")
print(hasattr(o, "x"), sorted(vars(o)))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "cls_attr")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Obj, "added", lambda self: "added method")
print(o.added(), getattr(Obj, "added")(o))
delattr(Obj, "added")
print(hasattr(o, "added"))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], {n: getattr(o, n) for n in ["a", "c"]})
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(1, "append"), getattr(int, "__name__"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(o, "prop", 1)
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        return f"<{name}>"
d = Dyn()
print(getattr(d, "anything"), hasattr(d, "whatever"), getattr(d, "x", "unused default"))
