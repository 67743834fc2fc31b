# Augmented assignment on names, attributes, subscripts and mutables
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
d = {'a': 1}
d['a'] += 10
d['b'] = d.get('b', 0) + 1
print(d)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 2
print(m)
cnt = 0
def idx():
    global cnt
    cnt += 1
    return 0
arr = [5]
arr[idx()] += 1
print(arr, cnt)
st = {1, 2}
st |= {3}; st &= {1, 3, 4}; st ^= {9}; st -= {1}
print(sorted(st))
b = 6
b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1
print(b)
