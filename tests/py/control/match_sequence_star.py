# match: sequence patterns with star wildcards, nesting and length checks
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {middle} .. {last}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*init, 9]:
            return f"ends with 9, init={init}"
        case [_, _, *_]:
            return "three+ other"
for v in [[], [1], (1, 2), [0, 1, 2], [1, 2, 9], [1, 2, 3], list(range(7)), "ab", range(2)]:
    print(repr(v), "->", seq(v))
def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case [[x, y], *_] if x == y:
            return ("diag", x)
        case ((1, 2) | [3, 4]) as hit:
            return ("alt", hit)
        case _:
            return "none"
print(nested([(1, 2), [3, 4, 5]]), nested([[7, 7], 0]), nested((3, 4)), nested([1, 2]), nested("xy"))
def cmd(line):
    match line.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty command"
print([cmd(c) for c in ["go north", "pick up key lamp", "pick up", "quit", "exit", "dance now", ""]])
match (1, [2, 3]):
    case (a, [b, c]):
        print("tuple pattern", a + b + c)
match {"not": "a sequence"}:
    case [*_]:
        print("no")
    case _:
        print("dict is not a sequence")
