# enum.Enum basics: members, aliases, access by value/name/attribute, iteration order,
# __members__, name/value, repr/str/format, identity comparisons and hashing, ordering
# errors, ValueError/KeyError/AttributeError messages, unique, the functional API,
# methods and properties on enums, member/nonmember, _ignore_, _order_, _missing_,
# tuple values with __init__, custom __new__, dir().
import enum
from enum import Enum, auto, unique, member, nonmember


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1   # alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color(Color.BLUE))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__), type(Color.__members__).__name__)
print([m.name for m in Color.__members__.values()])
print(repr(Color), str(Color), Color.__name__, type(Color).__name__, type(Color) is enum.EnumMeta)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED))
print(f"{Color.RED}", "{}".format(Color.GREEN), format(Color.BLUE, ">12"), "%s" % Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
print(Color.RED in Color, sorted(Color, key=lambda m: -m.value))
print(bool(Color), bool(Color.RED))
print(Color.RED.__objclass__, Color._member_names_, Color._value2member_map_)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    Color(4)
except ValueError as e:
    print("ValueError", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.value = 9
except AttributeError as e:
    print("AttributeError", e)


# unique
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


# Extending an enum with members is an error; without members it is fine.
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)


class Base(Enum):
    def describe(self):
        return "%s is %r" % (self.name, self.value)


class Shape(Base):
    SQUARE = 4
    TRIANGLE = 3


print(Shape.SQUARE.describe(), Shape.__mro__)


# Methods, class methods, static methods, properties, nested values.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def count():
        return len(Planet)

    def __str__(self):
        return self.name.title()


print(Planet.EARTH, repr(Planet.EARTH), Planet.EARTH.value, Planet.EARTH.mass,
      Planet.EARTH.surface_gravity, Planet.heaviest(), Planet.count())
print(Planet((3.303e+23, 2.4397e6)), format(Planet.MERCURY), f"{Planet.MERCURY:>9}|")


# A custom __new__ that sets _value_.
class Coord(str, Enum):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PX = ("x", "P.X")
    PY = ("y", "P.Y")


print(Coord.PY, repr(Coord.PY), Coord("y"), Coord.PX.label, Coord.PX == "x", Coord.PX.upper())


class Ordinal(Enum):
    def __new__(cls, description):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.description = description
        return obj

    FIRST = "the first"
    SECOND = "the second"


print(list(Ordinal), Ordinal(2).description)


# member / nonmember, descriptors are not members, _ignore_, private names.
class Misc(Enum):
    _ignore_ = "tmp other"
    A = 1
    B = nonmember(2)
    tmp = 99
    other = 98
    C = member(lambda x: x + 1)
    __private = 5

    def method(self):
        return "method of " + self.name


print([m.name for m in Misc], Misc.B, hasattr(Misc, "tmp"), Misc.C.value(1), Misc.A.method())
print(Misc._Misc__private)

# _order_ must match the definition order.


class Ordered(Enum):
    _order_ = "X Y Z"
    X = 1
    Y = 2
    Z = 3


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError", e)

# Reserved names.
try:
    class Sunder(Enum):
        _foo_ = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print("ValueError", e)


# _missing_
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError", e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    BadMissing(2)
except TypeError as e:
    print("TypeError", e, "| context:", e.__context__)


# Members named like the name/value properties.
class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, list(Field))


# Unhashable values.
class Lists(Enum):
    A = [1, 2]
    B = [3]


print(Lists([3]), Lists.A.value, Lists._unhashable_values_)

# The functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__module__, Animal.__qualname__)
Animal2 = Enum("Animal2", "ANT, BEE", start=10)
print(list(Animal2))
Animal3 = Enum("Animal3", ["X", "Y"])
print(list(Animal3))
Pairs = Enum("Pairs", [("ONE", 1), ("TWO", 2)])
print(list(Pairs))
Mapped = Enum("Mapped", {"A": "a", "B": "b"}, qualname="Somewhere.Mapped")
print(list(Mapped), Mapped.__qualname__)

# dir() of members; the metaclass's __dir__ called directly (see the report: pyjit's
# dir() does not use a metaclass __dir__ yet).
print(dir(Color.RED))
print(dir(Planet.EARTH))
print(type(Color).__dir__(Color))
print([n for n in type(Planet).__dir__(Planet) if not n.startswith("__")])

# Copying keeps identity.
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
