# Iterable unpacking in assignments, literals, calls and for loops
a, b, c = [1, 2, 3]
print(a, b, c)
a, *b = "xyz"
print(a, b)
*a, b = (1,)
print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
first, *_, last = range(10)
print(first, last)
l1, l2 = [1, 2], [3]
print([*l1, *l2, 0], (*l1,), {*l1, *l2}, [*"ab", *range(2)])
d1, d2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {"x": 0, **d1, "a": 99})
def f(*args, **kwargs):
    return args, kwargs
print(f(*l1, *l2), f(*"hi", 9, **d1), f(**d1, **{"z": 0}), f(*[], **{}))
print(f(1, *(2, 3), 4, *[5], k=1, **{"m": 2}))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for k, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(k, rest)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
k, v = {"only": 1}.popitem()
print(k, v)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2, 3], sep="-")
print(*"abc", *range(3))
a, b = {10: "x", 20: "y"}
print(a, b)
m, n = map(int, "3 4".split())
print(m * n)
