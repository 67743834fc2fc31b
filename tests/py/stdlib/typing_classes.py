# typing classes: TypeVar/ParamSpec (reprs, bounds, constraints, variance, errors),
# NamedTuple (class syntax with defaults, methods and docstrings; functional form;
# errors), TypedDict (class syntax, total=False, Required/NotRequired, inheritance,
# functional form; instances are dicts), Protocol with runtime_checkable, NewType,
# Any subclassing. (Subclassing Generic[T] needs __mro_entries__: see the report.)
import typing
from typing import (TypeVar, ParamSpec, Concatenate, Callable, NamedTuple, TypedDict,
                    Required, NotRequired, Protocol, runtime_checkable, NewType, Any,
                    List, Optional, Generic, SupportsInt, SupportsFloat, SupportsIndex,
                    is_typeddict, get_type_hints)

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Base")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print(T, N, B, T_co, T_contra, typing.AnyStr, typing.T, typing.KT, typing.VT_co)
print(T.__name__, T.__module__, N.__constraints__, B.__bound__, T.__bound__, T_co.__covariant__,
      T_co.__contravariant__, T_contra.__contravariant__)
print(T == T, T == TypeVar("T"), hash(T) == hash(T))
for args, kwargs in (((int,), {}), ((), {"covariant": True, "contravariant": True}),
                     ((int, str), {"bound": int})):
    try:
        TypeVar("X", *args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class SubTypeVar(TypeVar):
        pass
except TypeError as e:
    print("TypeError", e)

P = ParamSpec("P")
print(P, P.args, P.kwargs, P.args == P.args, Callable[P, int], Concatenate[int, P],
      Callable[Concatenate[str, P], bool], P.__name__)
try:
    Concatenate[int, str]
except TypeError as e:
    print("TypeError", e)


# NamedTuple, class syntax.
class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self):
        return "%s #%d" % (self.name, self.id)

    @property
    def upper(self):
        return self.name.upper()


e = Employee("Guido")
print(e, Employee("Tim", 5, ["x"]), e.describe(), e.upper, e._asdict(), Employee._fields)
print(Employee.__annotations__, Employee._field_defaults, Employee.__doc__, Employee.__mro__)
print(isinstance(e, tuple), e == ("Guido", 3, []), e._replace(id=9), Employee._make(["a", 1, []]))
print(Employee.__name__, Employee.__qualname__, Employee.__module__, type(Employee))
a, b, c = e
print(a, b, c, e[0], len(e))


class Plain(NamedTuple):
    x: int
    y: int


print(Plain(1, 2), Plain.__doc__, Plain(x=3, y=4).y)
try:
    Plain(1)
except TypeError as exc:
    print("TypeError", exc)
try:
    class BadOrder(NamedTuple):
        a: int = 0
        b: int
except TypeError as exc:
    print("TypeError", exc)
try:
    class BadOrder2(NamedTuple):
        a: int = 0
        b: int = 1
        c: int
except TypeError as exc:
    print("TypeError", exc)
try:
    class Overwrite(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as exc:
    print("AttributeError", exc)
try:
    class TwoBases(NamedTuple, object):
        a: int
except TypeError as exc:
    print("TypeError", exc)

# NamedTuple, functional form.
Point = NamedTuple("Point", [("x", int), ("y", float)])
print(Point(1, 2.5), Point.__annotations__, Point.__module__, Point._fields)
Point3 = NamedTuple("Point3", x=int, y=int, z=int)
print(Point3(1, 2, 3), Point3._fields)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields)
try:
    NamedTuple("Both", [("x", int)], y=int)
except TypeError as exc:
    print("TypeError", exc)


# TypedDict.
class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), m["title"], Movie.__annotations__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__mro__, is_typeddict(Movie))
print(Movie(), Movie({"title": "x"}), Movie([("year", 1)]), is_typeddict(dict), is_typeddict(m))


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


print(PartialMovie.__total__, sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__))


class Sequel(Movie, total=False):
    prequel: str
    budget: Required[int]
    studio: NotRequired[str]


print(Sequel.__annotations__, sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__))


class Marked(TypedDict):
    a: NotRequired[int]
    b: Required[str]
    c: typing.Annotated[NotRequired[int], "meta"]


print(sorted(Marked.__required_keys__), sorted(Marked.__optional_keys__))
print(get_type_hints(Marked), get_type_hints(Marked, include_extras=True))
try:
    isinstance({}, Movie)
except TypeError as exc:
    print("TypeError", exc)
try:
    class Mixed(Movie, dict):
        pass
except TypeError as exc:
    print("TypeError", exc)
Functional = TypedDict("Functional", {"x": int, "y": "List[int]"})
print(Functional(x=1), Functional.__annotations__, Functional.__module__, sorted(Functional.__required_keys__))
Functional2 = TypedDict("Functional2", {"a": str}, total=False)
print(Functional2.__total__, sorted(Functional2.__optional_keys__), Functional2.__name__)


# Protocols.
@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class Resource:
    def close(self):
        pass


class NotClosable:
    pass


class NoneClose:
    close = None


print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), isinstance(NoneClose(), Closable))
print(issubclass(Resource, Closable), issubclass(NotClosable, Closable), issubclass(int, Closable))
print(Closable._is_protocol, Closable._is_runtime_protocol, type(Closable).__name__)
try:
    Closable()
except TypeError as exc:
    print("TypeError", exc)


class Sized2(Protocol):
    def __len__(self):
        ...


try:
    isinstance([], Sized2)
except TypeError as exc:
    print("TypeError", exc)
try:
    issubclass(list, Sized2)
except TypeError as exc:
    print("TypeError", exc)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName), isinstance(object(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as exc:
    print("TypeError", exc)


class Concrete(Closable):
    def __init__(self, label):
        self.label = label


c = Concrete("c")
print(c.label, isinstance(c, Closable), Concrete._is_protocol)
try:
    runtime_checkable(Resource)
except TypeError as exc:
    print("TypeError", exc)
try:
    class BadProto(Protocol, Resource):
        pass
except TypeError as exc:
    print("TypeError", exc)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(3.5, SupportsFloat),
      isinstance(3, SupportsIndex), issubclass(float, SupportsIndex))

# Plain Generic cannot be a base class.
try:
    class G(Generic):
        pass
except TypeError as exc:
    print("TypeError", exc)

# NewType.
UserId = NewType("UserId", int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__, UserId.__qualname__)
Nested = NewType("Outer.Inner", str)
print(Nested, Nested.__name__, UserId | None, Optional[UserId])


# Any can be subclassed (3.11).
class Anything(Any):
    pass


print(Anything.__mro__[1:], type(Anything()).__name__, Anything.__name__)
try:
    isinstance(1, Any)
except TypeError as exc:
    print("TypeError", exc)
