# sorted() and reversed()
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("python"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted(range(5, 0, -1)))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["Bob", "alice", "Carol"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted([], key=len))
print(sorted([1.5, 1, True, 0.5, False]))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])], [r["n"] for r in sorted(recs, key=lambda r: r["a"], reverse=True)])
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(CustomRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print("".join(sorted("hello world", reverse=True)).strip())
