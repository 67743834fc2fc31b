# List, set and dict comprehensions including nesting and conditions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([x if x % 2 else -x for x in range(6)])
print({x % 4 for x in range(20)}, {x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
words = ["apple", "bob", "kayak", "test", "level"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print([(i, w[0]) for i, w in enumerate(words) if i % 2 == 0])
print(sum([i for i in range(101)]), max([abs(x - 5) for x in range(10)]))
print([c.upper() for c in "hello" if c not in "l"])
print([[0] * 3 for _ in range(2)])
flat = [item for sub in [[1, 2], [], [3], [4, [5]]] for item in sub]
print(flat)
pairs = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(pairs)
x = 10
print([x for x in range(3)], x)
print([i * j for i, j in [(1, 2), (3, 4)]], [s for s, in [("a",), ("b",)]])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
