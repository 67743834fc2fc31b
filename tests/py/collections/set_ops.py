# set methods and operators (printed via sorted for determinism where needed)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), a == {4, 3, 2, 1}, a != b)
c = set(a)
c.update([10, 11], (12,))
print(sorted(c))
c.intersection_update(range(5, 12))
print(c)
c.difference_update({10})
print(c)
c.symmetric_difference_update({11, 20})
print(c)
c.add(11); c.add(11)
print(c, len(c))
c.clear()
print(c)
try:
    c.remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
words = ["b", "a", "c", "a", "b"]
print(sorted(set(words)), len(set(words)), "a" in set(words))
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
d = {3, 1}
d2 = d.copy()
d2.add(2)
print(d, d2, d is d2)
print({x for x in range(10) if x % 3 == 0} | {100})
print(set([1, 2]) == frozenset([1, 2]), type(set([1]) | frozenset([2])).__name__, type(frozenset([2]) | set([1])).__name__)
