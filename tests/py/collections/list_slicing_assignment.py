# Slice reads, slice assignment and slice deletion on lists
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[:2] = []
print(b)
b[len(b):] = [99, 100]
print(b)
b[-2:] = "yz"
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
c[1::2] = [0] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[5:10] = [4, 5]
print(e)
e[-10:1] = [0]
print(e)
f = list(range(6))
f[4:1] = ["in"]
print(f)
f[::-1] = list(range(7))
print(f)
g = [1, 2, 3]
g[0:2] = g
print(g)
h = list(range(8))
print(h[slice(1, 7, 2)], h[slice(None)], h[slice(-2, None)])
h[slice(0, 2)] = ["s", "t"]
print(h)
