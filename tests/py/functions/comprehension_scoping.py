# Comprehension scopes: loop variables don't leak; class scope isn't visible inside
x = "outer"
res = [x for x in range(3)]
print(res, x)
squares = {i: i * i for i in range(3)}
print("i" in dir())
g = (t for t in range(3))
print(list(g), "t" in dir())
class C:
    factor = 10
    values = [1, 2, 3]
    scaled_first = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(C.scaled_first, C.error)
class D:
    n = 5
    first_iter_ok = [k for k in range(n)]
print(D.first_iter_ok)
def f():
    y = 10
    return [y + k for k in range(3)], {k: y for k in "ab"}, list(y * k for k in range(2))
print(f())
def nested():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested())
def shadow_param(k):
    out = [k for k in range(k)]
    return out, k
print(shadow_param(4))
funcs = [lambda: j for j in range(3)]
print([fn() for fn in funcs])
z = 5
print([z for _ in range(2)], [(z := q) for q in range(3)], z)
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [[v for v in row] for row in matrix])
print(sum(v for row in matrix for v in row), {v % 2 for row in matrix for v in row})
e = [w for w in "abc" if w != "b"]
print(e, "w" in dir())
