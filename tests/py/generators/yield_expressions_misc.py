# yield in expression positions, exceptions escaping generators, re-entrancy
def expr_positions():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = {"k": (yield 5)}
    yield (a, b, c, d)
g = expr_positions()
out = [next(g)]
for v in [100, 5, "x", "y", "z"]:
    out.append(g.send(v))
print(out)
def raises_midway():
    yield 1
    yield 1 / 0
    yield 3
g = raises_midway()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError escaped:", e)
print(next(g, "generator finished after exception"))
def catches_inside():
    for x in [1, 0, 2]:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "div by zero handled inside"
print(list(catches_inside()))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(yield_in_finally()))
def conditional_yield(flag):
    if flag:
        yield "yes"
    return "no yield"
print(list(conditional_yield(True)), list(conditional_yield(False)))
def gen_lambda_default(f=lambda: (yield)):
    yield f
print(type(next(gen_lambda_default())()).__name__)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])
def unpack_yield():
    x, y = yield "need a pair"
    yield x * y
u = unpack_yield()
print(next(u), u.send((6, 7)))
print([v for v in (i for i in range(3)) for _ in range(2)])
