# int() with bases and float() parsing
print(int(), int(7), int(-7.9), int(7.9), int("12"), int("-0012"), int("+5"), int(" 42 "), int("1_000_000"))
print(int("ff", 16), int("-FF", 16), int("0xff", 16), int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("0x1A", 0), int("0o17", 0), int("0b11", 0), int("99", 0), int("0", 0))
print(int("11", 3), int("  -101  ", 2), int("1_0", 16), int(b"42"), int(bytearray(b"17")), int("٣"))
print(int(True), int(2.999e3), int(-1e-9), int(1e18), int(2 ** 100 + 0.0))
for s, base in [("08", 0), ("0x", 16), ("12", 1), ("1__0", 10), ("_1", 10), ("9", 8), ("", 10), ("0b2", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(float(), float(3), float("3"), float("-3.25"), float("  1e3  "), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("+1.5"), float("1_000.5"), float("0x10".replace("0x", "")))
print(float("1e308"), float("1e309"), float("-1e309"), float("1e-400"), float("4.9e-324"), float("123456789012345678901234567890"))
print(float("0.1") + float("0.2"), float(10 ** 20), float(-(2 ** 53) - 1), float(True))
for s in ["", "abc", "1.2.3", "1e", "e5", "--1", "1_", "in f", "0x10", "1,5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int(float("1e15")), float(int("9" * 20)), int("-" + "1" * 30))
