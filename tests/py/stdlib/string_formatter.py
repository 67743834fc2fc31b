# string.Formatter: format/vformat (automatic and manual numbering, attributes and
# items, conversions, nested format specs), parse() tuples, error messages of the
# format-string parser, and overriding get_value/check_unused_args/format_field/
# convert_field in a subclass.
from string import Formatter

f = Formatter()


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __format__(self, spec):
        return "P<" + spec + ">"


print(f.format("{} and {}", "a", "b"), f.format("{1}{0}{1}", "x", "y"))
print(f.format("{name} is {age:>4d}|", name="Ann", age=7))
print(f.format("{0.x},{0.y} {p.x} {l[1]} {d[key]} {d[0]}", Point(1, 2), p=Point(3, 4),
               l=[10, 20], d={"key": "v", 0: "zero"}))
print(f.format("{!r} {!s} {!a}", "é", "s", "ñ"), f.format("{0!r:>12}|{1!a:<6}|", "é", "ñ"))
print(f.format("{:{}}|{:{}.{}f}|", "ab", 5, 3.14159, 8, 2))
print(f.format("{0:{1}{2}}|", 42, ">", 6), f.format("{x:^{w}}|", x="mid", w=9))
print(f.format("{{}} {{{0}}} }}{{", 1), f.format(""), f.format("plain"))
print(f.format("{}", Point(0, 0)), f.format("{:spec}", Point(0, 0)), f.format("{!r}", Point(5, 6)))
print(f.vformat("{0}-{k}", ("pos",), {"k": "kw"}))
print(f.format("{0[0]}{0[1]}", "ab"), f.format("{a[-1]}", a={"-1": "str key"}))
print(f.format("{:,}", 1234567), f.format("{:08.3f}", -3.5))
show("bad spec", lambda: f.format("{0:%Y}", 2024))

print("--- parse")
for text in ["", "abc", "{}", "a{0}b", "{0!r:>5}x", "{x.y[z]!s}", "{{}}", "a{{b", "c}}d",
             "{:{}}", "{a:{b}{c}}", "{0:}", "{0!r}", "{[}", "{a[}]}", "{ }", "\u0661{\u0662}"]:
    show(repr(text), lambda: list(f.parse(text)))

print("--- errors")
bad = ["{", "}", "a{", "a}b", "{0", "{0:", "{0!", "{0!r", "{0!rx}", "{!}", "{a{b}", "{0[}",
       "{0[0]x}", "{0.}", "{0[]}", "{0:{}", "{0}{}", "{}{0}", "{:{:{}}}", "{0!z}",
       "{99999999999999999999}", "{x}", "{5}", "{0.nope}", "{.x}", "{[0]}"]
for text in bad:
    show(repr(text), lambda: f.format(text, Point(1, 2)))
show("recursion", lambda: f.format("{:{:{}}}", 1, 2, 3))
show("recursion ok", lambda: f.format("{:{}{}}|", 1, ">", 4))
show("non-str", lambda: f.format(5))
show("parse non-str", lambda: list(f.parse(None)))
show("no self", lambda: Formatter.format())
show("keyword format_string", lambda: f.format(format_string="{}"))

print("--- methods")
print(f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": "v"}))
print(f.get_field("0.x", (Point(7, 8),), {}), f.get_field("k[1]", (), {"k": "xyz"}))
print(f.convert_field(5, None), f.convert_field("a", "r"), f.convert_field(1.5, "s"))
show("convert_field bad", lambda: f.convert_field(1, "x"))
print(f.format_field(3.14159, ".2f"), f.check_unused_args(set(), (), {}))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError("unused: %r" % (unused,))


class Defaults(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else "?%d" % key
        return kwargs.get(key, "<" + key + ">")


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


class Logging(Formatter):
    def parse(self, format_string):
        items = list(super().parse(format_string))
        print("  parsed", items)
        return items


show("strict ok", lambda: Strict().format("{0}{a}", 1, a=2))
show("strict unused", lambda: Strict().format("{0}", 1, 2, b=3))
show("defaults", lambda: Defaults().format("{0} {3} {name}", "x"))
show("upper", lambda: Upper().format("{} {x!u} {y:>6}", "abc", x="def", y="ghi"))
show("logging", lambda: Logging().format("a{0:{1}}b", "v", 3))
