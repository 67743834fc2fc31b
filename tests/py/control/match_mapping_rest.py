# match: mapping patterns, **rest, nested mappings, extra keys allowed
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if not rest:
            return f"key {k} (no extras)"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extras={rest}"
        case {"type": "move", "delta": {"dx": dx, "dy": dy}}:
            return f"move {dx},{dy}"
        case {"type": t, **others}:
            return f"unknown type {t} with {sorted(others)}"
        case {}:
            return "empty-or-untyped mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "move", "delta": {"dx": -1, "dy": 2, "dz": 0}},
    {"type": "scroll", "amount": 3, "axis": "y"},
    {"size": 3},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
def get(d):
    match d:
        case {1: one, 2.0: two}:
            return ("numeric keys", one, two)
        case {"a": 1, **rest}:
            return ("rest is a new dict", rest, type(rest).__name__)
    return None
print(get({True: "x", 2: "y"}), get({1: "x"}), get({"a": 1, "b": 2, "c": 3}))
print(get({"a": 2}))
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
match config:
    case {"db": {"host": str() as host, "port": int() as port}, "debug": bool(dbg)}:
        print("config", host, port, dbg)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {"x": 1}:
    case {"y": _}:
        print("no")
    case {"x": _, **kw}:
        print("kw empty:", kw)
