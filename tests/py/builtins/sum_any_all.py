# sum(), any(), all()
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10), sum([], start=5))
print(sum([0.1] * 10), sum([1, 2.0]), sum([True, True, False]), sum([10 ** 20, 1, -10 ** 20]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(5)))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), any([0, "", None]), any([0, 1]), any("x"), any(x > 5 for x in range(3)), any([[]]), any([[0]]))
print(all([]), all([1, "a", [0]]), all([1, 0]), all(""), all(x < 5 for x in range(5)), all([[]]))
checks = []
def probe(v):
    checks.append(v)
    return v
print(any(probe(v) for v in [0, 0, 3, 4]), checks)
checks.clear()
print(all(probe(v) for v in [1, 2, 0, 4]), checks)
data = [3, 7, 2, 9]
print(all(isinstance(x, int) for x in data), any(x % 2 == 0 for x in data), sum(1 for x in data if x > 2))
print(sum(map(int, "12345")), sum(len(w) for w in "the quick brown fox".split()))
print(sum([1, 2, 3], start=0.5), sum(iter(range(4))))
