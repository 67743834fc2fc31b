# Exceptions raised inside special methods propagate through built-in operations
class Explosive:
    def __init__(self, where):
        self.where = where
    def _boom(self, name):
        if self.where == name:
            raise RuntimeError(f"boom in {name}")
    def __eq__(self, other):
        self._boom("eq")
        return False
    def __hash__(self):
        self._boom("hash")
        return 1
    def __len__(self):
        self._boom("len")
        return 0
    def __iter__(self):
        self._boom("iter")
        return iter([1, 2])
    def __getitem__(self, i):
        self._boom("getitem")
        return i
    def __str__(self):
        self._boom("str")
        return "Explosive"
    def __repr__(self):
        self._boom("repr")
        return "Explosive()"
    def __lt__(self, other):
        self._boom("lt")
        return True
    def __bool__(self):
        self._boom("bool")
        return True
    def __add__(self, other):
        self._boom("add")
        return 0
tests = [
    ("eq", lambda x: x == 1), ("eq", lambda x: x in [1, 2]), ("hash", lambda x: {x: 1}),
    ("hash", lambda x: x in {1}), ("len", lambda x: len(x)), ("iter", lambda x: list(x)),
    ("getitem", lambda x: x[0]), ("str", lambda x: str(x)), ("str", lambda x: f"{x}"),
    ("repr", lambda x: str([x])), ("repr", lambda x: repr((x,))), ("lt", lambda x: x < 1), ("lt", lambda x: sorted([Explosive("none"), x])),
    ("bool", lambda x: not x), ("bool", lambda x: 1 if x else 2), ("add", lambda x: x + 1),
    ("iter", lambda x: [a for a in x]), ("iter", lambda x: max(x)), ("eq", lambda x: [1].index(x)),
]
for where, op in tests:
    try:
        r = op(Explosive(where))
        print(where, "no error")
    except RuntimeError as e:
        print(where, "->", e)
class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
try:
    for _ in BadIter():
        pass
except ValueError as e:
    print("ValueError:", e)
class BadInit:
    def __init__(self):
        raise KeyError("init failed")
try:
    BadInit()
except KeyError as e:
    print("KeyError:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with BadExit():
        pass
except ValueError as e:
    print("ValueError:", e)
