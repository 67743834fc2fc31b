# Aliasing, shallow copies and the repeated-reference trap
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], c == d == e)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
def bad_default(x, lst=[]):
    lst.append(x)
    return lst
print(bad_default(1), bad_default(2), bad_default(3))
def mutate(seq):
    seq.append("m")
    seq = ["rebound"]
    return seq
orig = ["o"]
print(mutate(orig), orig)
t = ([1], [2])
t[0].append(9)
print(t)
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj
orig2 = {"k": [1, [2]], "n": 3}
cp = deep_copy(orig2)
cp["k"][1].append(99)
print(orig2, cp)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
s1 = {1}
s2 = s1
s1 |= {2}
print(s2)
l = [1, 2]
l.append(l)
print(l, l[2][2][0])
dd = {}
dd["self"] = dd
print(dd)
