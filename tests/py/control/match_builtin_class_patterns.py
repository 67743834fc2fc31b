# match: builtin classes match their subject positionally (int(x), str(s), ...)
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([]):
            return "empty list"
        case list([int(), *_]) as l:
            return f"list starting with int, len {len(l)}"
        case tuple((a, b)):
            return f"pair {a}/{b}"
        case dict(d) if "k" in d:
            return f"dict with k={d['k']}"
        case dict():
            return "other dict"
        case set() | frozenset():
            return f"a set of size {len(v)}"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"
for v in [True, 0, -3, 7, 2.5, "", "s", b"b", [], [1, "x"], ["x"], (1, 2), (1, 2, 3), {"k": 1}, {}, {1, 2}, frozenset(), None, range(2)]:
    print(kind(v))
match 3:
    case float():
        print("int is not float")
    case int(real=r):
        print("keyword on builtin attr", r)
