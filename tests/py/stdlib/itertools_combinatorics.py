# itertools combinatoric iterators: product (repeat=), permutations, combinations,
# combinations_with_replacement; their order, edge sizes (r=0, r>n, empty input),
# counts checked against factorial formulas, and eager consumption of the inputs.
from itertools import product, permutations, combinations, combinations_with_replacement, islice



def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def perm(n, r):
    return fact(n) // fact(n - r) if r <= n else 0


def comb(n, r):
    return fact(n) // (fact(r) * fact(n - r)) if r <= n else 0


print("--- product")
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()), list(product(repeat=0)), list(product("ab", repeat=0)))
print(list(product("ab", [])), list(product([], "ab")), list(product([], repeat=0)))
print(list(product([1, 2], repeat=True)), len(list(product(range(3), range(4), range(5)))))
print(list(product("a")), list(product(*["ab", "c", "de"])))
p = product("ab", "cd")
print(next(p), next(p), list(p), list(p))

print("--- permutations")
print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)), list(permutations(range(3), 4)), list(permutations([])))
print(list(permutations([], 0)), list(permutations("a")), list(permutations("ab", 1)))
print(list(permutations(range(3), r=None)), list(permutations(iterable="xy", r=True)))
print(list(permutations([1, 1, 2])))
for n in range(6):
    for r in range(7):
        got = list(permutations(range(n), r))
        assert len(got) == perm(n, r), (n, r)
        assert got == sorted(got)
        assert len(set(got)) == len(got)
print("permutation counts ok")
print(list(islice(permutations(range(8)), 3)), list(islice(permutations(range(8)), 5039, 5041)))

print("--- combinations")
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations([], 0)))
print(list(combinations([], 1)), list(combinations("abc", 3)), list(combinations(r=1, iterable="xy")))
for n in range(8):
    for r in range(9):
        got = list(combinations(range(n), r))
        assert len(got) == comb(n, r), (n, r)
        assert got == sorted(got)
        assert all(list(c) == sorted(set(c)) for c in got)
print("combination counts ok")

print("--- combinations_with_replacement")
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement("ab", 0)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 3)))
for n in range(6):
    for r in range(6):
        got = list(combinations_with_replacement(range(n), r))
        expect = comb(n + r - 1, r) if n else (1 if r == 0 else 0)
        assert len(got) == expect, (n, r)
        assert got == sorted(got)
print("cwr counts ok")

print("--- the inputs are read when the object is created")
log = []


def src(tag, n):
    for i in range(n):
        log.append(tag + str(i))
        yield i


p = product(src("a", 2), src("b", 2))
print(log)
print(next(p), list(p))
log.clear()
pm = permutations(src("p", 3), 2)
print(log, next(pm))
log.clear()
cb = combinations(src("c", 3), 2)
print(log, next(cb))
log.clear()
cw = combinations_with_replacement(src("w", 2), 2)
print(log, next(cw))
lst = [1, 2]
p = product(lst, repeat=2)
lst.append(3)
print(list(p))

print("--- results are fresh tuples")
seen = list(product("ab", repeat=2))
print(seen, all(type(t) is tuple for t in seen))
perms = list(permutations("abc"))
print(len(perms), len(set(perms)))
print([type(x).__name__ for x in (product(), permutations(""), combinations("", 0),
                                  combinations_with_replacement("", 0))])
