# string: the constants (their exact values and lengths) and capwords() with and
# without a separator.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(all(c.isprintable() or c in string.whitespace for c in string.printable))

print("--- capwords")
print(repr(string.capwords("hello world")))
print(repr(string.capwords("  hello   WORLD  again\tand\nmore ")))
print(repr(string.capwords("")), repr(string.capwords("   ")))
print(repr(string.capwords("a-b c-d", "-")), repr(string.capwords("x--y", "-")))
print(repr(string.capwords("abc def", None)))
print(repr(string.capwords("ÉCOLE élève ǆemal ß")))
print(repr(string.capwords("o'neil mc-donald 3rd x")))
print(repr(string.capwords("hello,world", sep=",")))
for args in [(5,), ("abc def", "")]:
    try:
        string.capwords(*args)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
