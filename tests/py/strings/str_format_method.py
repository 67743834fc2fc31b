# str.format: positional, keyword, indexing, attributes, conversions, nested specs
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class Pt:
    def __init__(self):
        self.x, self.y = 1, 2
print("({0.x}, {0.y}) {p.x}".format(Pt(), p=Pt()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}} {:.{p}f} {:{f}^{w}}".format("r", 3.14159, "c", w=7, p=2, f="*"))
print("{0:{1}{2}}|".format("x", ">", 5))
print("{{}} {{{0}}} {{0}}".format(9))
print("{:,} {:_} {:#x} {:08.3f} {:+} {:e}".format(1234567, 1234567, 255, 3.14159, 5, 12345.678))
print("{0:%} {0:.1%}".format(0.256))
data = {"a": 1, "b": [1, 2]}
print("{a} {b[1]}".format(**data))
print("{0}-{0}-{1}".format(*"xy"))
print("{} {}".format(*range(2)), "{:3}|{:<3}|".format(1, 2))
print("{:c}{:c}".format(72, 105), "{:b}".format(10), "{:o}".format(64), "{:X}".format(48879))
print("{0:^{1}}|".format("mid", 9), "{:=^9}".format(" T "))
print("{!r:^10}|".format("q"), "{0!r:>6}".format(1.5))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ()), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(str.format("{}+{}", 1, 2), "{0.real}".format(5), "{0[1]}".format("xyz"))
print("{:>5}".format(True), "{}".format(None), "{:d}".format(True))
