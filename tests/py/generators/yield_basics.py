# Basic generator functions: laziness, state, exhaustion
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(limit):
    for x in range(limit):
        if x % 2 == 0:
            yield x
print(list(evens(11)), sum(evens(101)), max(evens(7)))
def multi():
    yield 1
    yield "two"
    yield [3]
    return
    yield "never"
print(list(multi()))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def gen_with_args(*args, sep="-"):
    for a in args:
        yield f"{a}{sep}"
print("".join(gen_with_args(1, 2, 3)), list(gen_with_args("x", sep="!")))
g1, g2 = count_up(2), count_up(2)
print(next(g1), next(g2), g1 is g2)
it = iter(g1)
print(it is g1)
for v in g1:
    print("loop got", v)
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
squares = (lambda n: (i * i for i in range(n)))(5)
print(list(squares))
