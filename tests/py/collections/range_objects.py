# range objects: len, indexing, slicing, containment, equality, reversal
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2])
print(5 in r, 6 in r, 20 in r, 2.0 in r, r.index(11), r.count(11), r.count(12))
print(list(range(5)), list(range(-3)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)))
print(len(range(0)), range(10 ** 20)[10 ** 19], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(5) == list(range(5)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(bool(range(0)), bool(range(1)), range(-5, 5)[-1], range(10)[-3:], range(100)[::25])
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
for i in range(10, 0, -4):
    print(i, end=" ")
print()
print([i for i in range(0, 50, 7) if i % 2], hash(range(3)) == hash(range(0, 3, 1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(range(3, 10, 3)[1:], range(10, 0, -2)[1:3], repr(range(1, 2)), str(range(0, 9, 4)))
