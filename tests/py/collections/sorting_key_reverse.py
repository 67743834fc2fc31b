# sorted() and list.sort() with key and reverse; sort stability
data = [5, 2, 9, 1, 5, 6, -3]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
data.sort(key=lambda x: abs(x - 4))
print(data)
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
print(sorted(["banana", "Cherry", "apple", "date"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len), sorted(["bb", "a", "ccc", "dd", "e"], key=len, reverse=True))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()))
stab = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(stab, key=lambda t: t[0]), sorted(stab, key=lambda t: t[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=lambda w: (len(w), w))
print(words)
print(sorted([3.5, 1, 2.25, -1e10, 10 ** 10]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([], reverse=True), sorted((1,)), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]), max([V(3), V(7), V(2)], key=lambda o: o.v), min([V(4), V(1)]))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1]))
