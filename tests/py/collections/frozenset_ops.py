# frozenset: immutable, hashable, usable as dict key and set element
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f))
print(f | {4}, f & {1, 9}, f - {1}, f ^ frozenset([1, 5]))
print(type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset({1}), frozenset({2}), frozenset({1})}
print(len(nested), frozenset({1}) in nested)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset() == frozenset([]))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([7]), f.intersection([2, 3, 4]), f.issubset({1, 2, 3, 4}), f.issuperset({1}))
print(frozenset("aab") == frozenset("ba"), f.copy() == f)
print(frozenset(range(3)), repr(frozenset()), str(frozenset({0})))
graph_edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(graph_edges), sorted(tuple(sorted(e)) for e in graph_edges))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
