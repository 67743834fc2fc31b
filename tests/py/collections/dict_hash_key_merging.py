# Keys that compare equal and hash equal share one slot: 1, 1.0 and True
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fzero", -0.0: "negzero"}
print(d3)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
s2 = {1.0, 1, True}
print(s2)
s3 = {True, 1}
print(s3)
print(1 in {1.0: 0}, 1.5 in {1: 0}, True in {1}, 2 ** 64 in {2.0 ** 64})
big = {2 ** 64: "big"}
big[float(2 ** 64)] = "as float"
print(big)
t = {(1, 2): "a"}
t[(1.0, 2.0)] = "b"
t[(True, 2)] = "c"
print(t)
print({10: 1, 10.0: 2, 10.5: 3})
counts = {}
for k in [1, 1.0, True, 2, 2.0, 3]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(hash(-1) == hash(-2), hash(5), hash(5.0), hash(-5), hash(2 ** 61 - 1), hash(2 ** 61 + 5))
print(hash(0.5), hash(-0.5), hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print({1: "x"}.get(1.0), {1.0: "y"}[True], list({True: 1, 1: 2}.keys())[0])
fs = frozenset([1, 2])
print({fs: "f"}[frozenset([2, 1.0])])
