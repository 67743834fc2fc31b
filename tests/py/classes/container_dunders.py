# __getitem__/__setitem__/__delitem__/__len__/__contains__ and slices
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key type {type(key).__name__}")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
print(g[0, 0], g[1, 1], g[2, 1], len(g), "A" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print(len(g), "A" in g)
for bad in [(5, 5), "k"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        print("  getitem", idx)
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, v):
        print("  setitem", idx, v)
        self.data[idx] = v
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], s[:], s[::-1])
s[0] = "Z"
s[1:3] = ["y", "x"]
print(s)
print(s[1:2:1], s[slice(None, 2)])
print("x" in s)
print(list(s)[:2], len(s), bool(Seq([])), bool(s))
class Default(dict):
    def __missing__(self, key):
        self[key] = f"made-{key}"
        return self[key]
dd = Default(a=1)
print(dd["a"], dd["b"], dd, dd.get("c"), "c" in dd)
class Contains:
    def __iter__(self):
        print("  iter used for in")
        return iter([1, 2])
print(2 in Contains(), 3 in Contains())
