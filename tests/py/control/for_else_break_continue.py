# for loops with else, break, continue over various iterables
for i in range(5):
    if i == 3:
        break
    print("loop", i)
else:
    print("not printed")
for i in range(3):
    pass
else:
    print("else after full loop, i =", i)
for ch in "":
    print("never")
else:
    print("else on empty iterable")
def primes_upto(n):
    out = []
    for p in range(2, n):
        for d in range(2, p):
            if p % d == 0:
                break
        else:
            out.append(p)
    return out
print(primes_upto(40))
evens = []
for x in range(10):
    if x % 2:
        continue
    evens.append(x)
print(evens)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip("xyz", range(3))):
    print(i, a, b)
for x in [1, 2, 3]:
    x *= 10
print("loop var after:", x)
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            continue
        if v == 6:
            break
        total += v
print("total", total)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print("inner else never")
    print("outer", i, j)
found = None
for item in ["apple", "banana", "cherry"]:
    if item.startswith("b"):
        found = item
        break
print(found)
for _ in range(0):
    pass
print([i for i in range(5) if i != 2])
