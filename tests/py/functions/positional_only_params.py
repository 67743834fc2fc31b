# Positional-only parameters (before /)
def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def name_reuse(x, /, **kwargs):
    return x, kwargs
print(name_reuse(1, x=2))
def defaults(a, b=20, /, c=30):
    return a + b + c
print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=0))
try:
    defaults()
except TypeError as e:
    print("TypeError:", e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def only(x, y, /):
    return x * y
print(only(6, 7))
try:
    only(x=6, y=7)
except TypeError as e:
    print("TypeError:", e)
f = lambda a, /, b: (a, b)
print(f(1, 2), f(1, b=3))
def everything(p1, p2=2, /, n1=3, *args, k1, k2=5, **kw):
    return p1, p2, n1, args, k1, k2, kw
print(everything(1, k1=4))
print(everything(1, 9, 8, 7, 6, k1=0, extra=1))
print(everything(1, n1=0, k1=1, p1="kw"))
