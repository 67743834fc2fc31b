# *args and **kwargs collection and forwarding
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key=None))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10), start=100))
def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(forward(1, 2, k="v"))
def describe(first, *rest, sep=", ", **opts):
    body = sep.join(str(r) for r in rest)
    flags = " ".join(f"{k}={v}" for k, v in sorted(opts.items()))
    return f"{first}: [{body}] {flags}".rstrip()
print(describe("nums", 1, 2, 3))
print(describe("letters", *"abc", sep="|", upper=False, count=3))
print(describe("alone"))
def kw_only_dict(**kw):
    kw["added"] = 1
    return kw
src = {"a": 0}
print(kw_only_dict(**src), src)
def unpack_both(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(unpack_both(*[1, 2], *(3,), 4), unpack_both(1, *[2], **{"d": 4, "c": 3}))
try:
    unpack_both(1, 2, 3, 4, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
