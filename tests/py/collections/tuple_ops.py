# Tuple creation, indexing, operations and methods
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(2, 2))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * 2 for x in t))
print(t + (5,), t * 2, 2 * (0,), 3 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2), () < (0,))
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
mixed = (1, "two", [3], None)
mixed[2].append(4)
print(mixed)
try:
    mixed[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max((1, 5), (1, 7), (0, 99)))
def multi():
    return 1, "x", 3.5
r = multi()
print(r, type(r).__name__, r[1])
x, y = 1, 2
print((x, y) == (1, 2), [(i, i * i) for i in range(3)])
print(tuple([1, [2, 3]]), str((None,)), repr(("a", 'b"')), (1, 2) + tuple("cd"))
print(sum((1, 2, 3)), min((4, 2, 8)), any(()), all(()), list(reversed((1, 2, 3))))
