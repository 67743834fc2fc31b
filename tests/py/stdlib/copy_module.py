# The bundled copy module: shallow and deep copies, memo and cycles, __copy__/
# __deepcopy__, slotted instances, subclasses of built-ins, arrays.
import copy
import array


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items


class S:
    __slots__ = ("a", "b")


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + self.v)

    def __deepcopy__(self, memo):
        return Custom("deep " + self.v)


class L(list):
    pass


data = {"a": [1, 2, {"b": (3, [4])}], "t": (1, 2), "s": {1, 2}}
sh = copy.copy(data)
dp = copy.deepcopy(data)
print(sh == data, sh is data, sh["a"] is data["a"], dp == data, dp["a"] is data["a"], dp["a"][2]["b"][1] is data["a"][2]["b"][1])
t = (1, 2, 3)
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not (1, [2])[1])
p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.items is p.items, r.items is p.items, r.items == p.items)
s = S()
s.a = [1]
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, hasattr(s3, "b"))
c = Custom("x")
print(copy.copy(c).v, copy.deepcopy(c).v)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
l = L([1, [2]])
l.tag = "t"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
a = array.array("d", [1.5, 2.5])
print(copy.copy(a), copy.deepcopy(a) == a, copy.copy(a) is a)
print(copy.copy(5), copy.deepcopy("s"), copy.copy(len) is len, copy.deepcopy(P) is P)
shared = [1]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
