# Generator expressions: laziness, single use, as arguments
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), min((abs(v) for v in [-3, 2, -1])))
print(list(x for x in range(10) if x % 3), tuple(c.upper() for c in "abc"), set(x % 2 for x in range(4)))
print(dict((k, len(k)) for k in ["one", "three"]), "".join(str(d) for d in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []), sorted((x for x in [3, 1, 2]), reverse=True))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
log = []
def src(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
lazy = (v * 10 for v in src(3))
print(log)
print(next(lazy), log)
print(list(lazy), log)
items = [1, 2, 3]
ge = (x for x in items)
items.append(4)
print(list(ge))
ge2 = (x for x in [1, 2])
items2 = ge2
print(list(items2), list(ge2))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
first_iter_eager = []
try:
    gg = (x for x in 5)
except TypeError as e:
    print("outermost iterable evaluated eagerly:", e)
pipeline = (s.strip() for s in ["  a ", "b  ", "   "])
non_empty = (s for s in pipeline if s)
print(list(non_empty))
print(sum(i * i for i in range(1000000) if i % 1000 == 0))
