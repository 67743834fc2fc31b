# IntEnum, StrEnum, ReprEnum and mixed-in data types: repr/str/format rules of 3.11,
# arithmetic and comparisons with plain values, hashing, auto() and
# _generate_next_value_, StrEnum's checks, mixing in other types.
import enum
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    UNO = 1


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.ONE}", format(Num.TWO, "03d"), "%d|%s" % (Num.ONE, Num.TWO))
print("{:>4}|{!r}|{!s}".format(Num.THREE, Num.ONE, Num.TWO))
print(Num.ONE == 1, Num.ONE < Num.TWO, Num.TWO > 1, Num.ONE + Num.TWO, Num.THREE * 2, -Num.ONE)
print(type(Num.ONE + 1), isinstance(Num.ONE, int), int(Num.TWO), Num(2), Num(True), Num.UNO is Num.ONE)
print(hash(Num.ONE) == hash(1), {1: "one"}[Num.ONE], {Num.TWO: 2}[2], sorted([Num.THREE, 0, Num.ONE]))
print([1, 2, 3][Num.ONE], list(range(Num.THREE)), Num.THREE.bit_length(), Num.ONE.real)
print(list(Num), len(Num))
try:
    Num(7)
except ValueError as e:
    print("ValueError", e)
try:
    class BadInt(IntEnum):
        A = "a"
except ValueError as e:
    print("ValueError", e)


class Auto(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto))


class Word(StrEnum):
    HELLO = auto()
    WORLD = auto()
    EXPLICIT = "Explicit Value"


print(Word.HELLO, repr(Word.WORLD), str(Word.EXPLICIT), f"[{Word.HELLO:>8}]", Word.HELLO + "!")
print(Word.HELLO == "hello", Word("world"), Word.HELLO.upper(), isinstance(Word.WORLD, str), len(Word.EXPLICIT))
print(" ".join(Word), sorted(Word), hash(Word.HELLO) == hash("hello"))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
try:
    class BadStr2(StrEnum):
        A = ("a", 1)
except TypeError as e:
    print("TypeError", e)


class Encoded(StrEnum):
    A = (b"bytes", "ascii")


print(repr(Encoded.A))


# A custom _generate_next_value_.
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d" % (name.lower(), start, count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named))


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()
    D = (auto(), "text", auto())


print(list(Mixed))
a = auto()
print(repr(a))


# Mixing in float and a user class.
class Const(float, Enum):
    PI = 3.14159
    E = 2.71828


print(Const.PI, repr(Const.E), f"{Const.PI}", format(Const.PI, ">12"), Const.PI * 2, Const.E < 3)


class Half(float, ReprEnum):
    HALF = 0.5


print(Half.HALF, repr(Half.HALF), f"{Half.HALF:.3f}", str(Half.HALF))


class Amount:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Amount(%d)" % self.cents


class Price(Amount, Enum):
    CHEAP = 100
    DEAR = 10000


print(Price.CHEAP, repr(Price.DEAR), Price.DEAR.cents, Price.CHEAP.value)


class IntMixed(int, Enum):
    X = 1
    Y = 2


print(IntMixed.X, repr(IntMixed.Y), f"{IntMixed.X}", IntMixed.X + 1, format(IntMixed.Y, ""))


# A tuple-valued mixin.
class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Point.UNIT, Point.UNIT[0], Point((0, 0)), len(Point.ORIGIN))

try:
    class NoData(ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
try:
    class WrongOrder(Enum, int):
        A = 1
except TypeError as e:
    print("TypeError", e)

# A dataclass mixin is a data type: members' values are instances of it.
from dataclasses import dataclass


@dataclass
class Pt:
    x: int
    y: int = 0


class Pts(Pt, Enum):
    A = 1
    B = (2, 3)


print(repr(Pts.A), Pts.B.value, Pts.B.x, Pts._member_type_.__name__, str(Pts.B))
