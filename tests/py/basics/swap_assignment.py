# Swapping assignments (a, b = b, a) keep CPython's evaluation and store order.
def f():
    a, b = 1, 2
    a, b = b, a
    x, y, z = "x", "y", "z"
    x, y, z = z, x, y
    xs = [0, 1, 2, 3]
    i, j = 0, 3
    xs[i], xs[j] = xs[j], xs[i]
    [p, q] = q0, p0 = 5, 6
    return a, b, x, y, z, xs, p, q, q0, p0
print(f())
order = []
class T:
    def __init__(self, name): self.name = name
    def __setattr__(self, k, v):
        order.append((k, v)); object.__setattr__(self, k, v)
t = T("t")
def val(v):
    order.append(("eval", v)); return v
t.a, t.b, t.c = val(1), val(2), val(3)
print(order)
try:
    a, b = 1, undefined_name
except NameError as e:
    print("NameError:", e)
