# Floor division and modulo follow the sign of the divisor
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e-300, 1e300), (5.0, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(-1 % 1e100)
print(1 % -1e100)
print(-0.0 % 5, 0.0 % -5)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-10 ** 30 // 7, -10 ** 30 % 7)
print(10 ** 30 // -7, 10 ** 30 % -7)
print((-10) ** 30 // (3 ** 40), (-10) ** 30 % (3 ** 40))
print(-(10 ** 25) // (10 ** 12 + 1), -(10 ** 25) % (10 ** 12 + 1))
print(7 // 1, -7 // 1, 7 % 1, -7 % 1)
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 - 1))
print(True // 1, True % 2, 5 // True)
