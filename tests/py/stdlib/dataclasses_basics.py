# dataclasses basics: @dataclass with and without arguments, generated __init__/__repr__/
# __eq__ (qualname in the repr, recursion guard), defaults and default_factory, order,
# frozen (FrozenInstanceError messages), the __hash__ rules (eq/frozen/unsafe_hash),
# __match_args__ with match, __doc__ and __dataclass_params__, and class-creation errors.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Point.__hash__, Point.__doc__, Point.__match_args__)
print(Point.__dataclass_params__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.y, hasattr(Point, "x"))


class Outer:
    @dataclass()
    class Inner:
        a: str = "z"


print(Outer.Inner(), Outer.Inner.__qualname__)


def make():
    @dataclass
    class Local:
        v: float
    return Local(1.5)


print(make())


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class Documented:
    """My own doc."""
    a: int


print(Documented.__doc__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None


n = Node(1)
n.children.append(Node(2, parent=n))
print(n)
print(Node(1).children is not Node(1).children)
n2 = Node(0)
n2.children.append(n2)
print(n2)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(repr(pl).startswith("<__main__.Plain object at"), pl == Plain(1), pl == pl,
      Plain.__hash__ is object.__hash__)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "x"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, "a") == Version(1, 2, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash((1, (2,))), {f: 1}[Frozen(1, (2,))])
for action in ("assign", "new", "delete"):
    try:
        if action == "assign":
            f.a = 5
        elif action == "new":
            f.c = 5
        else:
            del f.a
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(issubclass(FrozenInstanceError, AttributeError))

# __hash__ rules.


@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(EqOnly.__hash__, NoEq.__hash__ is object.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError", e)
print(hash(Unsafe(1, 2, 3)) == hash((1,)), hash(ExplicitHash(1)), FrozenNoEq.__hash__ is object.__hash__)
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print("TypeError", e)


@dataclass
class EqDefined:
    a: int

    def __eq__(self, other):
        return True


print(EqDefined(1) == EqDefined(2), EqDefined.__hash__)

# Errors when creating classes.
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class MutableDict:
        x: dict = {}
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class MutableSet:
        x: set = set()
except ValueError as e:
    print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class OrderNoEq:
        x: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True)
    class HasLt:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class HasSetattr:
        x: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class NoAnnotation:
        x = field(default=1)
except TypeError as e:
    print("TypeError", e)


# User-defined methods are kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))

# Frozen with inheritance checks.


@dataclass(frozen=True)
class FBase:
    a: int


try:
    @dataclass
    class NotFrozenChild(FBase):
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Point):
        z: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class FChild(FBase):
    b: int = 2


print(FChild(1), hash(FChild(1)) == hash((1, 2)))

# __match_args__ and match statements.
match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")
match Point(3, 0):
    case Point(x=x, y=0):
        print("on the x axis at", x)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass(init=False)
class NoInit:
    a: int = 3


ni = NoInit()
print(ni, ni.a)

# A field named self.


@dataclass
class Selfish:
    self: int
    other: int = 1


print(Selfish(5), Selfish(self=2))
