# yield from: delegation and capturing the sub-generator's return value
def sub(n):
    for i in range(n):
        yield i
    return f"sub({n}) done"
def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    return r1 + " & " + r2
g = outer()
print(list(g))
def capture(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(capture(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 1})))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def returns_none():
    yield 1
def wraps():
    result = yield from returns_none()
    yield f"inner returned {result!r}"
print(list(wraps()))
def no_yield_sub():
    return "immediate"
    yield
def uses():
    v = yield from no_yield_sub()
    yield v
print(list(uses()))
def accumulate():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value
def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
results = []
acc = gather(results)
next(acc)
for v in [1, 2, 3, None, 10, 20, None]:
    acc.send(v)
print(results)
print(list(x for x in (yield_ for yield_ in range(3))))
