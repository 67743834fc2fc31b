# Sorting with and without keys, reverse stability, mixed numbers, tuples, NaN and user __lt__.
import math
data = [(3, "b"), (1, "z"), (3, "a"), (2, "q"), (1, "a"), (3, "b")]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=lambda t: (-t[0], t[1])))
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, True, -2, 0.0, False, 10**20, -0.0]))
print(sorted([float("nan"), 1.0, 0.5])[1:], sorted([2.0, 1.0, float("inf")]))
print(sorted([(1, 2), (1,), (), (0, 5, 1), (1, 2, 0)]))
print(sorted([(1, "a"), (1.0, "b"), (True, "c")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([K(1), K(3), K(2)]), sorted([(1, K(1)), (1, K(5)), (0, K(9))]))
xs = [5, 3, 8, 1]
xs.sort(reverse=True)
print(xs, sorted("hello"), sorted({"b": 1, "a": 2}))
print(sorted([[2, 1], [1, 9], [1, 2]]))
