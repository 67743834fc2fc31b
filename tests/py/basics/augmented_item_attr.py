# Augmented assignment to items and attributes: evaluation order, in-place results, errors.
xs = [1, 2, 3]
i = 1
xs[i] += 10
xs[-1] *= 2
d = {"a": 1}
d["a"] += 5
d.setdefault("b", [])
d["b"] += [1, 2]
class O:
    def __init__(self): self.n = 1; self.items = []
o = O()
o.n += 41
o.items += ["x"]
alias = o.items
o.items += ["y"]
print(xs, d, o.n, o.items, alias is o.items)
class Loud:
    def __init__(self): self.log = []; self.data = {0: 1}
    def __getitem__(self, k): self.log.append(("get", k)); return self.data[k]
    def __setitem__(self, k, v): self.log.append(("set", k, v)); self.data[k] = v
l = Loud()
def key():
    l.log.append("key"); return 0
l[key()] += 5
print(l.log, l.data)
class P:
    @property
    def v(self): print("get v"); return 3
    @v.setter
    def v(self, x): print("set v", x)
p = P()
p.v += 1
try:
    xs[10] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
try:
    o.missing += 1
except AttributeError as e:
    print("AttributeError:", e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
