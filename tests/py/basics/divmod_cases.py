# divmod on ints, floats and big ints
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (-5, 17)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, (q, r), (a // b, a % b) == (q, r))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(17.5, -5))
print(divmod(1.0, 0.1))
print(divmod(10 ** 40, 10 ** 20 + 3))
print(divmod(-(10 ** 40), 10 ** 20 + 3))
print(divmod(2 ** 100, -3))
print(divmod(True, 2), divmod(7, True))
print(divmod(7, 2.0), divmod(7.0, 2))
q, r = divmod(123456789, 1000)
print(q, r)
res = []
n = 987654321
while n:
    n, d = divmod(n, 10)
    res.append(d)
print(res)
h, rem = divmod(100000, 3600)
m, s = divmod(rem, 60)
print(f"{h}:{m:02d}:{s:02d}")
