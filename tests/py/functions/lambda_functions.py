# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda x, y=10: x + y)(1), (lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)), list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": lambda a, b: a if a > b else b}
print({k: f(7, 3) for k, f in ops.items()})
make_mult = lambda n: lambda x: x * n
triple = make_mult(3)
print(triple(5), make_mult(2)("ab"))
print(sq.__name__, (lambda: 0).__name__, ops["+"].__name__)
recursive = lambda n: 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
print((lambda x: (lambda y: x + y))(1)(2))
cond = lambda v: "pos" if v > 0 else ("zero" if v == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(100) for f in funcs])
print(type((lambda: (yield 1))()).__name__, list((lambda: (yield 1))()))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12), compose(len, str)(10 ** 9))
print((lambda *args: sum(args))(*range(5)), (lambda **kw: sorted(kw))(b=1, a=2))
