# Dict creation, access, mutation and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("nope", "dflt"))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print(d.popitem(), d.popitem(), d)
del d["a"]
print(d)
e = dict(one=1, two=2)
f = dict([("k", "v"), ("k2", "v2")])
g = dict(zip(range(3), "abc"))
h = dict(e, three=3)
print(e, f, g, h, dict(), dict({1: 2}))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    d["missing"]
except KeyError as ex:
    print("KeyError:", ex, repr(ex))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
del order[3]
order[3] = "re-added"
print(order, list(order))
c = order.copy()
c[5] = "changed"
print(order[5], c[5], c == order, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
order.clear()
print(order, bool(order))
print({(1, 2): "tuple key", None: "none", 3.5: "float"}, {"a": {"nested": [1, 2]}}["a"]["nested"][1])
