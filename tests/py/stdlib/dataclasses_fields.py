# dataclasses fields: field() options (init, repr, compare, hash, metadata, kw_only),
# fields() and Field attributes, InitVar and __post_init__, KW_ONLY and kw_only=True,
# ClassVar (typing and string annotations), inheritance of fields (order, overriding,
# defaults), and the related errors.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING, Field
from typing import ClassVar
import typing


@dataclass
class Item:
    name: str
    price: float = field(default=0.0, repr=False)
    tags: list = field(default_factory=list, compare=False, metadata={"unit": "none"})
    secret: str = field(default="s", init=False)
    count: int = field(default=1, kw_only=True)


it = Item("pen", 1.5, ["a"], count=3)
print(it, it.secret, it.price)
print(Item("x") == Item("x", tags=["different"]), Item("x", 1.0) == Item("x", 2.0))
for f in fields(Item):
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, f.kw_only, dict(f.metadata), f._field_type)
md = fields(Item)[2].metadata
print(md["unit"], len(md), md)
try:
    md["unit"] = "kg"
except TypeError as e:
    print("TypeError", e)
print(fields(it) == fields(Item), type(fields(Item)[0]).__name__, isinstance(fields(Item)[0], Field))
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    fields(int)
except TypeError as e:
    print("TypeError", e)
print(Item.__dataclass_fields__.keys())


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 10), hasattr(w, "scale"), WithInitVar.scale)
print([f.name for f in fields(WithInitVar)], list(WithInitVar.__dataclass_fields__))
print(WithInitVar.__dataclass_fields__["scale"]._field_type, InitVar[int], InitVar[list], InitVar("x"))
print(WithInitVar.__init__.__annotations__["scale"])


@dataclass
class PostInit:
    values: list

    def __post_init__(self):
        print("post_init called with", self.values)
        self.total = sum(self.values)


pi = PostInit([1, 2, 3])
print(pi, pi.total)

# KW_ONLY marker and kw_only=True.


@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


o = Opts(1, c=3)
print(o, Opts.__match_args__)
try:
    Opts(1, 2, 3)
except TypeError:
    print("TypeError for positional keyword-only")


@dataclass(kw_only=True)
class AllKw:
    x: int = 0
    y: int


print(AllKw(y=1), AllKw.__match_args__)
try:
    @dataclass
    class TwoMarkers:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError", e)


@dataclass
class KwBase:
    a: int
    b: int = field(default=0, kw_only=True)


@dataclass
class KwChild(KwBase):
    c: int = 5


print(KwChild(1, 2, b=3), KwChild.__match_args__)
import inspect
print(inspect.signature(KwChild))

# ClassVar pseudo-fields.


@dataclass
class Counter:
    total: ClassVar[int] = 0
    plain: typing.ClassVar = "cv"
    as_text: "ClassVar[str]" = "text"
    as_qualified: "typing.ClassVar[int]" = 7
    x: int = 1


print(Counter(), [f.name for f in fields(Counter)], Counter.total, Counter.as_text)
print(Counter.__dataclass_fields__["as_qualified"]._field_type)
try:
    @dataclass
    class BadClassVar:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadClassVarKw:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError", e)


@dataclass
class StrInitVar:
    a: int
    b: "InitVar[int]" = 0
    c: "dataclasses.InitVar[int]" = 0

    def __post_init__(self, b, c):
        self.s = self.a + b + c


print(StrInitVar(1, 2, 3).s, [f.name for f in fields(StrInitVar)])

# Inheritance.


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(5, 6, 7), [f.name for f in fields(Child)])
print(Base(1) == Child(1), Child.__match_args__)


class NotADataclass(Base):
    extra: int = 9


@dataclass
class GrandChild(NotADataclass):
    w: str = "w"


print(GrandChild(0), [f.name for f in fields(GrandChild)])
try:
    @dataclass
    class BadChild(Base):
        q: int
except TypeError as e:
    print("TypeError", e)


class Mixin:
    def describe(self):
        return "I am %r" % (self,)


@dataclass
class Mixed(Mixin, Base):
    pass


print(Mixed(4).describe())

# Annotations that are not fields, non-field defaults, descriptors as defaults.


@dataclass
class Simple:
    a: int
    not_a_field = 5

    @property
    def double(self):
        return self.a * 2


print(Simple(2), Simple(2).double, Simple.not_a_field, [f.name for f in fields(Simple)])


class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        return 100

    def __repr__(self):
        return "Desc()"


@dataclass
class UsesDesc:
    d: int = field(default=Desc())


print(UsesDesc())
