# Functions taking and returning functions; map/filter/reduce by hand
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"), apply_n(lambda s: s + "!", 3, "hey"))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda n: n ** 2, nums))
print(my_filter(lambda n: n % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1), my_reduce(lambda a, b: a + [b] if b % 2 else a, nums, []))
def partial(f, *pargs, **pkw):
    def bound(*args, **kw):
        return f(*pargs, *args, **{**pkw, **kw})
    return bound
def volume(l, w, h):
    return l * w * h
base = partial(volume, 2, 3)
print(base(4), partial(volume, h=10)(1, 2), partial(print, "prefix:", sep="|")("x", "y"))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
print(curry3(volume)(1)(2)(3))
def pipeline(*steps):
    def run(value):
        for s in steps:
            value = s(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
handlers = {"int": int, "float": float, "str": str, "list": list}
print([handlers[t](v) for t, v in [("int", "7"), ("float", "2.5"), ("str", 3), ("list", "ab")]])
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])), max(["x", "yyy", "zz"], key=len))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(pow)(2, 10), flip(lambda a, b: a - b)(1, 10))
print(callable(flip), callable(flip(pow)), callable(None))
