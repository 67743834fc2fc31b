# hash() of ints/floats/tuples (deterministic), repr() and str() of builtins
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(10 ** 18), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62))
print(hash(-(2 ** 61)), hash(10 ** 100), hash(-(10 ** 100)), hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((0, 0)), hash(((),)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset()) , hash(range(3)) == hash(range(0, 3)))
print(hash(12345678901234567890), hash(-12345678901234567890), hash(2 ** 64 + 7))
print(repr(1), repr(-1.5), repr("a'b"), repr(b"x"), repr([1, "2"]), repr((1,)), repr({1: "a"}), repr({1}), repr(None))
print(repr(True), repr(range(3)), repr(slice(1, 2, 3)), repr(frozenset({1})), repr(set()), repr(bytearray(b"z")))
print(repr(int), repr(str), repr(ValueError("m")), repr(Ellipsis), repr(NotImplemented), repr(...))
print(str(1), str(-1.5), str("a'b"), str(b"x"), str([1, "2"]), str((1,)), str({1: "a"}), str(None), str(True))
print(str(1e100), str(1e-100), str(123456789.123456789), str(0.1), str(-0.0), str(2 ** 100))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(len({hash(i) for i in range(1000)}), hash(-1) == hash(-2))
