# match: literal, capture and wildcard patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other: {other!r}"
for v in [0, 1, 2, -1, 3.5, "hello", b"raw", True, None, 1.0, False, "x", [1]]:
    print(repr(v), "->", describe(v))
def wild(x):
    match x:
        case 100:
            return "hundred"
        case _:
            return "anything"
print(wild(100), wild("100"), wild(None))
match 42:
    case n:
        print("captured", n)
print("capture binds in enclosing scope:", n)
def f(v):
    match v:
        case "a" "b":
            return "implicit concat"
        case 1e3:
            return "thousand float"
        case -2.5:
            return "negative float"
    return "no match"
print(f("ab"), f(1000), f(-2.5), f(0))
x = 5
match x:
    case 1:
        print("no")
print("nothing matched, no error")
