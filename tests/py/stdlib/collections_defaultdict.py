# collections.defaultdict: default_factory, __missing__ (only for d[key]),
# dict behaviour and equality, repr (incl. recursion), copy, | and |=, errors.
from collections import defaultdict
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(d["missing"], d)
print(d.get("nope"), "nope" in d, len(d), sorted(d))
print(isinstance(d, dict), type(d).__name__, d.default_factory)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(counts == {"m": 1, "i": 4, "s": 4, "p": 2}, {"m": 1, "i": 4, "s": 4, "p": 2} == counts)

nested = defaultdict(lambda: defaultdict(set))
nested["x"]["y"].add(1)
nested["x"]["z"].add(2)
print(sorted(nested["x"]), {k: dict(v) for k, v in nested.items()})

# no factory: KeyError like a dict
n = defaultdict()
print(n, n.default_factory)
attempt(lambda: n["k"])
n2 = defaultdict(None, {"a": 1}, b=2)
print(n2)
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict("abc"))

# the factory can be changed later
n.default_factory = lambda: "dflt"
print(n["q"], dict(n))
n.default_factory = None
attempt(lambda: n["r"])

# keyword arguments go to the dict, even one named default_factory
k = defaultdict(list, x=1, default_factory=2)
print(k)
print(defaultdict(int, [("a", 1), ("b", 2)]))

# __missing__ can be called directly
m = defaultdict(str)
print(repr(m.__missing__("key")), m)

# copies
src = defaultdict(list, {"a": [1]})
c1 = src.copy()
c2 = copy.copy(src)
c3 = copy.deepcopy(src)
print(c1, c2, c3, type(c1).__name__, c1.default_factory is list)
print(c1["a"] is src["a"], c2["a"] is src["a"], c3["a"] is src["a"])

# | and |=
a = defaultdict(int, {"a": 1})
print(a | {"b": 2}, {"b": 2} | a, type(a | {"b": 2}).__name__, type({"b": 2} | a).__name__)
print((a | {"b": 2}).default_factory, ({"b": 2} | a).default_factory)
a |= {"c": 3}
print(a)

# subclass repr and recursive repr
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"]
print(type(t["a"]).__name__, list(t["a"]), list(t["a"]["b"]))
r = defaultdict(list)
r["self"] = r
print(r)
e = defaultdict(dict)
print(e, repr(defaultdict()))

# usual dict methods
d = defaultdict(list, {"x": [1]})
print(d.pop("x"), d.setdefault("y", 5), d, d.popitem(), d)
d.update({"k": 1}, j=2)
print(d, list(d.items()), list(d.keys()), list(d.values()))
del d["k"]
print(d)
attempt(lambda: d.__delitem__("zz"))
