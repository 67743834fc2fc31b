# enum.Flag and IntFlag: auto values, |, &, ^, ~, `in`, iteration over a flag value,
# len/bool, repr/str of combined and zero flags (<Perm.R|W: 6>), aliases for multi-bit
# members, boundaries (STRICT, CONFORM, EJECT, KEEP), IntFlag arithmetic with ints,
# verify()/EnumCheck and show_flag_values.
import enum
from enum import Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
from enum import STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, list(rw), len(rw), bool(rw))
print(repr(Perm.R & Perm.W), str(Perm.R & Perm.W), bool(Perm.R & Perm.W), len(Perm(0)))
print(repr(rw ^ Perm.R), repr(rw ^ Perm.X), repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~(rw | Perm.X)))
print(Perm.R in rw, Perm.X in rw, Perm(0) in rw, rw in rw, (Perm.R | Perm.X) in rw)
print(Perm(6) is rw, Perm(7), list(Perm), len(Perm), repr(Perm), Perm["R"])
print(f"{rw}", format(Perm.X), "%s" % rw)
try:
    1 in rw
except TypeError as e:
    print("TypeError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    Perm("R")
except ValueError as e:
    print("ValueError", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7
    NONE = 0


print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), Color.NONE, repr(Color.NONE))
print(Color.__members__)
print(repr(Color.RED | Color.GREEN), repr(~Color.RED), repr(Color(7)), Color(0) is Color.NONE)
print([m.value for m in Color], Color._flag_mask_, Color._singles_mask_, Color._all_bits_)


class Out(Flag):
    A = 4
    B = 1
    C = 2


print(list(Out), list(Out.A | Out.B), repr(Out(7)))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


ip = IPerm.R | IPerm.W
print(ip, repr(ip), str(ip), f"{ip}", format(ip, "b"), ip == 6, ip + 1, type(ip + 1))
print(repr(IPerm.R | 8), repr(IPerm(12)), repr(~IPerm.R), repr(~IPerm(0)), repr(IPerm(-1)))
print(repr(IPerm.R | 1), repr(1 | IPerm.R), repr(IPerm.R & 6), repr(IPerm.W ^ 3), IPerm.R in ip)
print(isinstance(ip, int), hash(IPerm.R) == hash(4), list(ip), len(ip), repr(IPerm(0)))
print(repr(IPerm), IPerm._boundary_, Perm._boundary_)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


for cls in (Strict, Conform, Eject, Keep):
    try:
        print(cls.__name__, repr(cls(7)))
    except ValueError as e:
        print(cls.__name__, "ValueError", e)
print(repr(FlagBoundary.KEEP), str(STRICT), list(FlagBoundary))


class Sparse(Flag):
    A = 1
    C = 4
    AC = 5


print(list(Sparse), repr(Sparse.AC), repr(Sparse(0)), repr(~Sparse.A))
try:
    Sparse(2)
except ValueError as e:
    print("ValueError", e)

# verify() and EnumCheck.
print(repr(UNIQUE), str(CONTINUOUS), list(enum.EnumCheck))
try:
    @verify(UNIQUE)
    class Twice(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gappy(enum.Enum):
        A = 1
        B = 2
        E = 5
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class GappyFlag(Flag):
        A = 1
        D = 8
except ValueError as e:
    print("ValueError", e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        B = 2
        ABX = 11
except ValueError as e:
    print("ValueError", e)


@verify(UNIQUE, CONTINUOUS)
class Good(enum.IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Good))
print(enum.show_flag_values(13), enum.show_flag_values(0))
