# collections.OrderedDict: order, move_to_end, popitem(last=), order-sensitive
# equality between OrderedDicts (not against dicts), reversed, views and their
# reprs, repr (incl. recursion), pop/setdefault/update/fromkeys/copy, |,
# and RuntimeError for mutation during iteration.
from collections import OrderedDict
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), len(od), od["a"], "c" in od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=1, a=2))
print(OrderedDict({"q": 1}, r=2), isinstance(od, dict), type(od).__name__)
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: OrderedDict(5))

# move_to_end
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("b", False)
od.move_to_end("c", True)
print(od)
attempt(lambda: od.move_to_end("zz"))
attempt(lambda: od.move_to_end("zz", last=False))

# popitem
p = OrderedDict.fromkeys("abcde", 0)
print(p)
print(p.popitem(), p.popitem(last=False), p.popitem(True), p.popitem(False), p)
p.popitem()
attempt(lambda: p.popitem())
attempt(lambda: p.popitem(last=False))

# equality: order matters between OrderedDicts only
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == {"a": 1, "b": 2}, x != {"a": 1})
print(x == OrderedDict(a=1, b=2), x == [("a", 1), ("b", 2)], x == OrderedDict(a=1))
print(OrderedDict.__hash__ is None)

# reversed and views
r = OrderedDict((k, ord(k)) for k in "hello world".replace(" ", ""))
print(r)
print(list(reversed(r)), list(r.keys()), list(r.values()), list(r.items()))
print(r.keys(), r.values(), r.items())
print(list(reversed(r.keys())), list(reversed(r.values())), list(reversed(r.items())))
print(len(r.keys()), "h" in r.keys(), ("h", 104) in r.items(), ("h", 1) in r.items(), 108 in r.values())
print(r.keys() == {"h", "e", "l", "o", "w", "r", "d"}, sorted(r.keys() & {"h", "z"}), sorted(r.keys() - set("hello")))
print(OrderedDict().keys(), OrderedDict().items())

# repr: recursion and subclasses
s = OrderedDict(a=1)
s["self"] = s
print(s)


class MyOD(OrderedDict):
    pass


m = MyOD(k=1)
print(m, MyOD(), type(m.copy()).__name__, type(MyOD.fromkeys("ab")).__name__)

# pop / setdefault / update / clear / del
q = OrderedDict(a=1, b=2, c=3)
print(q.pop("b"), q.pop("zz", "dflt"), q)
attempt(lambda: q.pop("zz"))
print(q.setdefault("a", 100), q.setdefault("n", 100), q)
q.update([("a", -1), ("z", 26)], y=25)
print(q)
q.update({"c": 0})
print(q)
del q["a"]
print(q)
attempt(lambda: q.__delitem__("a"))
q.clear()
print(q, len(q))
q["first"] = 1
print(q)
print(OrderedDict.fromkeys("xyz"), OrderedDict.fromkeys([1, 2], "v"))

# re-setting an existing key keeps its position
t = OrderedDict(a=1, b=2, c=3)
t["a"] = 10
print(t)
del t["a"]
t["a"] = 11
print(t)

# copies
c = OrderedDict(a=[1], b=[2])
c1 = c.copy()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c1.move_to_end("a")
print(c, c1, c2, c3, c2["a"] is c["a"], c3["a"] is c["a"])

# | and |=
u = OrderedDict(a=1, b=2)
print(u | {"c": 3, "a": 0}, {"c": 3, "a": 0} | u, type(u | {}).__name__, type({} | u).__name__)
u |= [("z", 9)]
print(u)

# mutation during iteration
for op in ("add", "delete", "move", "pop", "popitem", "setvalue"):
    o = OrderedDict.fromkeys("abcd", 0)
    seen = []
    try:
        for k in o:
            seen.append(k)
            if k == "b":
                if op == "add":
                    o["new"] = 1
                elif op == "delete":
                    del o["d"]
                elif op == "move":
                    o.move_to_end("a")
                elif op == "pop":
                    o.pop("a")
                elif op == "popitem":
                    o.popitem()
                else:
                    o["c"] = 99
    except RuntimeError as e:
        seen.append(str(e))
    print(op, seen, list(o.items()))

# LRU-cache style use
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = str(key)
        if len(cache) > 3:
            cache.popitem(last=False)
print(cache)
