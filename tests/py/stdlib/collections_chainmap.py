# collections.ChainMap: lookups through the maps, writes and deletions in the
# first map, maps/new_child/parents, len/iter order/contains/bool/get, repr
# (incl. recursion), copy, fromkeys, | and |=, error messages, Mapping mixins.
from collections import ChainMap
from collections.abc import MutableMapping
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["user"], cm["color"], cm.get("size"), cm.get("nope"), cm.get("nope", 0))
print(len(cm), list(cm), sorted(cm.items()), "color" in cm, "x" in cm, bool(cm))
attempt(lambda: cm["missing"])

# writes and deletions touch only maps[0]
cm["color"] = "blue"
print(cli, defaults["color"], cm["color"])
del cm["color"]
print(cli, cm["color"])
attempt(lambda: cm.__delitem__("user"))
attempt(lambda: cm.pop("user"))
print(cm.pop("user", "dflt"))
cm["a"] = 1
print(cm.pop("a"), cli)
attempt(lambda: cm.popitem())
cm["b"] = 2
print(cm.popitem(), cli)
cm["c"] = 3
cm.clear()
print(cli, env, defaults)
print(cm.setdefault("user", "x"), cm.setdefault("new", "y"), cli)

# iteration order: first occurrence from the last map backwards
order = ChainMap({"c": 1, "a": 2}, {"b": 3, "a": 4}, {"d": 5, "c": 6})
print(list(order), list(order.keys()), list(order.values()), list(order.items()))
print(order == {"a": 2, "b": 3, "c": 1, "d": 5}, dict(order))

# maps, new_child, parents
base = ChainMap({"x": 1})
child = base.new_child()
print(child, child.maps[1] is base.maps[0])
child["x"] = 2
print(child["x"], base["x"])
kid = base.new_child({"y": 1}, z=3)
print(kid, kid.parents, kid.parents.parents)
kid2 = base.new_child(w=0)
print(kid2)
print(ChainMap(), ChainMap().maps, len(ChainMap()), bool(ChainMap({}, {})))
kid.maps.append({"late": True})
print(kid["late"], kid.maps[-1])

# copy, fromkeys, |
src = ChainMap({"a": [1]}, {"b": 2})
c1 = src.copy()
c2 = copy.copy(src)
c1["n"] = 0
print(src, c1, c2, c1.maps[1] is src.maps[1])
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys([1, 2], 0))
u = ChainMap({"a": 1}, {"b": 2})
print(u | {"c": 3}, {"c": 3, "b": 0} | u)
u |= {"z": 26}
print(u)
attempt(lambda: u | 5)

# recursion in repr
r = ChainMap({"k": 1})
r.maps[0]["me"] = r
print(r)

# subclass and ABC registration
class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


d = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
d["lion"] = "orange"
d["snake"] = "red"
print(d, type(d.new_child()).__name__, type(d.parents).__name__)
print(isinstance(cm, MutableMapping), issubclass(ChainMap, MutableMapping))
print(cm.keys(), type(cm.items()).__name__)
