# Assignment forms: chained, tuple, swap, starred, nested targets
a = b = c = [1]
a.append(2)
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = "abc"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = [4, 5]
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "hello"
print(h, mid, tl)
a1, *b1 = [9]
print(a1, b1)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 2
print(i, lst)
d = {}
d['k'], d['j'] = 'v', 'w'
print(d)
n = [1, 2, 3, 4, 5, 6]
n[1:3] = ['a', 'b', 'c']
print(n)
n[::2] = [0, 0, 0, 0][:len(n[::2])]
print(n)
for (k, v), w in [((1, 2), 3), ((4, 5), 6)]:
    print(k, v, w)
u = v = 0
u += 1
print(u, v)
(m, n2), *others = [(1, 2), (3, 4), (5, 6)]
print(m, n2, others)
x = 5
x = y = x + 10
print(x, y)
