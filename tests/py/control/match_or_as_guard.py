# match: or-patterns, as-patterns, guards, and binding rules
def f(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [1, x] | [x, 1]:
            return f"pair with 1, other={x}"
        case (str() | bytes()) as text if len(text) > 3:
            return f"long text {text!r}"
        case str() | bytes():
            return "short text"
        case [int(a), int(b)] as pair if a + b == 10:
            return f"sums to ten: {pair}"
        case [a, b] if a > b:
            return f"descending {a}>{b}"
        case [a, b]:
            return f"other pair {a},{b}"
        case {"k": (1 | 2) as kv}:
            return f"k in 1|2: {kv}"
        case _:
            return "nothing"
for v in [0, 2, 3, [1, 5], [5, 1], "hello", b"hi", "ab", [3, 7], [9, 2], [2, 9], {"k": 2}, {"k": 3}]:
    print(repr(v), "->", f(v))
calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match [1, 2]:
    case [a, b] if guard("first", False):
        print("no")
    case [a, b] if guard("second", True):
        print("second guard taken", a, b)
print(calls)
match 5:
    case (4 | 5) as n if n % 2:
        print("odd 4|5", n)
value = 10
match value:
    case x if x > 100:
        print("big")
    case x:
        print("fallback captured", x)
match ("a", 3):
    case (("a" | "b") as letter, (3 | 4) as num):
        print(letter, num)
