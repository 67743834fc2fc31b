# vars() and dir() on user classes and instances (dunder names filtered out)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Item(Base):
    kind = "item"
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    def total(self, price):
        return self.qty * price
    @property
    def label(self):
        return self.name.upper()
    @staticmethod
    def helper():
        pass
    def _private(self):
        pass
it = Item("widget", 3)
print(vars(it))
it.extra = [1]
print(vars(it), vars(it) is it.__dict__)
vars(it)["injected"] = True
print(it.injected)
public = lambda names: [n for n in names if not n.startswith("__")]
print(public(dir(it)))
print(public(dir(Item)))
print(public(dir(Base)))
print(dir(it) == sorted(dir(it)), "total" in dir(it), "name" in dir(Item))
print(sorted(k for k in vars(Item) if not k.startswith("__")))
class Empty:
    pass
print(vars(Empty()), public(dir(Empty())))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slots:
    __slots__ = ("a",)
try:
    vars(Slots())
except TypeError as e:
    print("TypeError:", e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), dir()
print(f())
print([n for n in public(dir([])) if "pop" in n or "app" in n], public(dir(5))[:4])
