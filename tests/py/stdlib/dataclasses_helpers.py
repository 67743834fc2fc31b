# dataclasses helpers: asdict/astuple (recursion into dataclasses, lists, tuples, named
# tuples, dicts; deep copies; factories), replace (init=False fields, InitVar rules),
# is_dataclass, make_dataclass, slots=True, and their error messages.
from dataclasses import (dataclass, field, asdict, astuple, replace, is_dataclass,
                         make_dataclass, fields, InitVar)
from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", "a b")


@dataclass
class Inner:
    n: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: Pair
    tup: tuple = ()


inner = Inner(1, ["t"])
o = Outer("o", inner, [Inner(2), 3], {"k": Inner(4)}, Pair(Inner(5), 6), (Inner(7),))
d = asdict(o)
print(d)
print(type(d["pair"]).__name__, d["inner"]["tags"] is not inner.tags)
print(astuple(o))
print(asdict(inner, dict_factory=OrderedDict))
print(astuple(inner, tuple_factory=list))
for fn in (asdict, astuple):
    for bad in (Inner, 5):
        try:
            fn(bad)
        except TypeError as e:
            print("TypeError", e)


@dataclass
class Conf:
    host: str
    port: int = 80
    computed: str = field(init=False, default="")

    def __post_init__(self):
        self.computed = "%s:%d" % (self.host, self.port)


c = Conf("example.org")
c2 = replace(c, port=8080)
print(c, c2, c2 is not c)
print(replace(c))
try:
    replace(c, computed="x")
except ValueError as e:
    print("ValueError", e)
try:
    replace(c, nope=1)
except TypeError:
    print("TypeError for unknown field")
try:
    replace(Conf)
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithIV:
    a: int
    factor: InitVar[int]
    fallback: InitVar[int] = 3

    def __post_init__(self, factor, fallback):
        self.b = self.a * factor + fallback


wi = WithIV(2, 5)
print(wi, wi.b)
try:
    replace(wi, a=3)
except ValueError as e:
    print("ValueError", e)
print(replace(wi, a=3, factor=2).b)


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int


print(replace(FrozenPoint(1, 2), y=5))

print(is_dataclass(Conf), is_dataclass(c), is_dataclass(int), is_dataclass(3), is_dataclass(None))

# make_dataclass.
Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", list, field(default_factory=list))],
                     namespace={"total": lambda self: self.b + len(self.c)})
x = Dyn(1, 2)
print(x, x.total(), Dyn.__name__, Dyn.__qualname__, [f.type for f in fields(Dyn)])
print(Dyn.__annotations__)
Ordered = make_dataclass("Ordered", [("v", int)], order=True, frozen=True)
print(sorted([Ordered(3), Ordered(1)]), hash(Ordered(1)) == hash((1,)))
Derived = make_dataclass("Derived", [("extra", str, field(default="e"))], bases=(Conf,))
print(Derived("h"), issubclass(Derived, Conf))
for bad in (["a", "a"], ["1x"], ["class"], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError", e)


# slots=True.
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, "__dict__" in dir(s), is_dataclass(Slotted))
try:
    s.other = 1
except AttributeError:
    print("AttributeError for unknown attribute")
try:
    @dataclass(weakref_slot=True)
    class WeakNoSlots:
        a: int
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True, slots=True)
class FrozenSlotted:
    a: int


fs = FrozenSlotted(3)
print(fs, fs.__getstate__())
