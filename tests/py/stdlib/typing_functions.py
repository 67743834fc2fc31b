# typing functions: cast, assert_type, assert_never, overload/get_overloads/clear_overloads,
# final, no_type_check, get_type_hints (functions, classes with inheritance, forward
# references, None, ClassVar, Annotated with include_extras, localns/globalns, errors),
# TYPE_CHECKING, Text, dataclass_transform, and dataclasses using typing.ClassVar.
import typing
from typing import (cast, assert_type, assert_never, overload, get_overloads, clear_overloads,
                    final, no_type_check, get_type_hints, List, Dict, Optional, ClassVar,
                    Annotated, Union, Callable, TYPE_CHECKING, Text, ForwardRef)

print(cast(int, "not an int"), cast("List[int]", [1]), cast(List[str], None), assert_type(5, int))
try:
    assert_never("value")
except AssertionError as e:
    print("AssertionError", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError", len(str(e)), str(e)[-5:])
print(TYPE_CHECKING, Text)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)), [f.__annotations__ for f in get_overloads(double)])
try:
    get_overloads(double)[0](1)
except NotImplementedError as e:
    print("NotImplementedError", e)


def not_overloaded():
    pass


print(get_overloads(not_overloaded))
clear_overloads()
print(get_overloads(double))


class Shape:
    @overload
    def scale(self, f: int) -> "Shape":
        ...

    @overload
    def scale(self, f: float) -> "Shape":
        ...

    def scale(self, f):
        return self


print(len(get_overloads(Shape.scale)))


@final
class Leaf:
    @final
    def method(self):
        pass


print(Leaf.__final__, Leaf.method.__final__, final(3))


@no_type_check
def untyped(a: "not a type") -> "nor this":
    return a


@no_type_check
class Untyped:
    x: "bogus"

    def m(self, y: "bogus"):
        pass


print(untyped.__no_type_check__, get_type_hints(untyped), Untyped.__no_type_check__,
      Untyped.m.__no_type_check__, get_type_hints(Untyped))


def f(a: int, b: "str", c: Optional["Node"] = None, d: None = None) -> List["Node"]:
    pass


class Node:
    pass


print(get_type_hints(f))
print(f.__annotations__)


def g(x: Annotated[int, "positive"], y: "Annotated[List[int], 1]") -> None:
    pass


print(get_type_hints(g), get_type_hints(g, include_extras=True))


def no_annotations(a, b):
    pass


print(get_type_hints(no_annotations), get_type_hints(len), get_type_hints(typing))


class Base:
    a: int
    b: "str"
    counter: ClassVar[int] = 0


class Derived(Base):
    c: "Optional[Base]"
    a: float


print(get_type_hints(Base), get_type_hints(Derived))
print(get_type_hints(Derived, localns={"Base": int}))


class Local:
    attr: "Inner"

    class Inner:
        pass


print(get_type_hints(Local))


def uses_local(x: "Later") -> None:
    pass


print(get_type_hints(uses_local, localns={"Later": bytes}))
try:
    get_type_hints(uses_local)
except NameError as e:
    print("NameError", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError", e)

ref = ForwardRef("List[int]")
print(ref, ref == ForwardRef("List[int]"), ref.__forward_arg__, ref._evaluate(globals(), None, frozenset()))
try:
    ForwardRef(1)
except TypeError as e:
    print("TypeError", e)
try:
    ForwardRef("1 +")
except SyntaxError as e:
    print("SyntaxError", e)


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)

# dataclasses recognise typing.ClassVar.
from dataclasses import dataclass, fields


@dataclass
class WithClassVar:
    x: int
    registry: ClassVar[Dict[str, int]] = {}
    plain: typing.ClassVar = 1


print(WithClassVar(1), [fl.name for fl in fields(WithClassVar)], WithClassVar.registry)
print(get_type_hints(WithClassVar))
