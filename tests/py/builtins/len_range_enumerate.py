# len(), range(), enumerate()
print(len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2, 3: 4}), len({1, 2, 2}), len(range(10)), len(b"xy"), len(""))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 5)), len(range(-10, 10)), len("日本語"))
print(list(range(4)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(-3, 3)))
print(range(5)[2], range(0, 10, 2)[-1], range(3)[::-1], range(10)[2:8:2], 4 in range(5), 5 in range(5))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(range(3), start=-1)))
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(dict(enumerate("xyz")), [i * c for i, c in enumerate("abc")])
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(3) == range(0, 3), range(0) == range(2, 2), list(range(2 ** 64, 2 ** 64 + 2)))
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)), range(1, 101)[49])
