# hex(), oct(), bin() and format() with format specs
for n in [0, 1, 7, 8, 10, 255, 256, -1, -255, 2 ** 64, -(2 ** 70), 123456789]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), oct(False), bin(True))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in [lambda: hex(1.5), lambda: oct("7"), lambda: bin(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(format(255, "x"), format(255, "#X"), format(255, "o"), format(255, "b"), format(255, "08b"), format(255, "#010b"))
print(format(3.14159, ".2f"), format(1234567.891, ",.1f"), format(0.5, "%"), format(1e-5, "e"), format(12, "d"))
print(format("text", ">8"), format("text", "*^10"), format("text", ".2"), format(42), format("plain"), format(None))
print(format(-42, "+05d"), format(42, " d"), format(1234, "_"), format(-0.0, "g"), format(2 ** 70, ","))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2), int(hex(-255), 0))
print(f"{255:#x}|{255:#o}|{255:#b}|{-255:#x}")
print(format(True, ""), format(True, "d"), format(1.0, ""), format(1.0, "g"), format(100.0, ".0f"), format(1e16, ""))
class Custom:
    def __format__(self, spec):
        return f"Custom[{spec}]"
print(format(Custom(), "abc"), format(Custom()), f"{Custom():xyz}")
try:
    format(1, "Q")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
