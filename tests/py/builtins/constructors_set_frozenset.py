# set() and frozenset() constructors and conversions
print(set(), set([3, 1, 2, 1]), set("aaa"), set(range(5)), set((1, 1.0, True)), set({"k": 1}), set(x % 3 for x in range(10)))
print(frozenset(), frozenset([2, 1]), frozenset("bb"), frozenset(range(3)), frozenset({1: 0, 2: 0}))
s = set([1, 2])
f = frozenset(s)
s.add(3)
print(s, f, f == frozenset({1, 2}), set(f) == f, type(set(f)).__name__)
print(frozenset(f) is f or frozenset(f) == f, len(frozenset([1, 2, 2, 3])))
print(sorted(set("mississippi")), sorted(frozenset([5, -1, 3])), sorted(set([(1, 2), (0, 5)])))
print(set([1, 2]) | frozenset([3]), frozenset([1, 2]) & {2, 3}, {1, 2} == frozenset({2, 1}))
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([{}])
except TypeError as e:
    print("TypeError:", e)
dedup = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(dedup, sorted(set([3, 1, 3, 2, 1])))
print({frozenset([1]): "a", frozenset([1, 2]): "b"}[frozenset([2, 1])])
print(set(map(len, ["a", "bb", "cc"])), set(filter(None, [0, 1, 2, 0])))
