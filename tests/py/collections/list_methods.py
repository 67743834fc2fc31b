# list methods
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "penult"); print(a)
a.remove("a"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 2), a.count(1), a.count(42))
b = [5, 2, 8, 1]
b.reverse(); print(b)
b.sort(); print(b)
c = b.copy(); c.append(0); print(b, c)
c.clear(); print(c, len(c))
x = []
for i in range(5):
    x.append(i * i)
print(x, x[::-1], len(x), sum(x), 16 in x, 15 in x)
try:
    x.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    x.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
print([1, 2] * 3, [0] * 0, [[1]] * 2, [1, 2] + [3])
print(list(), list("xy"), list(range(3)), list((1, 2)), list({"k": 1}), list(x for x in "ab"))
y = [1, 2, 3]
y[1] = "two"; y[-1] = None; print(y)
del y[0]; print(y)
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [4, 5].__getitem__(1))
z = [1, 2, 3, 4, 5, 6]
print(z.pop(2), z, z.insert(2, 3), z)
