# Keyword-only parameters (after * or *args)
def connect(host, *, port=80, timeout):
    return f"{host}:{port} t={timeout}"
print(connect("example", timeout=5))
print(connect("example", port=443, timeout=1.5))
try:
    connect("example", 443, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("example")
except TypeError as e:
    print("TypeError:", e)
def mix(a, *args, flag=False, **rest):
    return a, args, flag, rest
print(mix(1, 2, 3, flag=True, other=4))
print(mix(1, flag=1))
def only_kw(*, x, y=2):
    return x + y
print(only_kw(x=1), only_kw(y=10, x=5))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    only_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    only_kw(x=1, z=3)
except TypeError as e:
    print("TypeError:", e)
def two_required(*, a, b):
    return a - b
try:
    two_required()
except TypeError as e:
    print("TypeError:", e)
print(two_required(b=1, a=10))
print(only_kw.__kwdefaults__, connect.__kwdefaults__, two_required.__kwdefaults__)
