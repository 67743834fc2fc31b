"""Loops over a list of floats: sum, dot product and a smoothing pass."""

n = 1_000_000
xs = [i * 0.5 for i in range(n)]
ys = [1.0 / (i + 1) for i in range(n)]


def total(a):
    s = 0.0
    for v in a:
        s += v
    return s


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def smooth(a):
    out = [0.0] * len(a)
    for i in range(1, len(a) - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


for _ in range(3):
    t = total(xs)
    d = dot(xs, ys)
    s = smooth(ys)
print("%.6f %.6f %.6f" % (t, d, sum(s)))
