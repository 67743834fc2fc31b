# Operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3)
print(7 + 3 % 4, 7 % 3 * 2, 20 // 3 * 3, 20 // (3 * 3))
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 + 1, 6 | 1 ^ 3 & 2)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 < 2 and 2 < 3 or False, False or True and False)
print(-2 * -3, - - 4, + - + 5, ~-1, -~1)
print(3 if 1 > 2 else 4 if 2 > 3 else 5)
print(1 if True else 2 + 10, (1 if False else 2) + 10)
print([1, 2] + [3] * 2, "-" * 3 + ">" , 2 * 3 % 4)
print(1 in [1] == True, (1 in [1]) == True)
print(5 - 3 - 1 * 2 ** 2 // 3 % 2)
x = 4
print(x * -1, x ** -1, x - -x, -x ** 2, (-x) ** 2)
f = lambda v: v + 1 if v > 0 else v - 1
print(f(5), f(-5), (lambda: 0)(), (lambda x: x * 2)(21))
a = b = c = 7
print(a, b, c, a == b == c)
print(1 + 2 == 3 and not 3 - 3, 2 * 3 > 5 != False)
print(1.0 * 2 ** -1, 2 ** -1 * 2)
print(True + True * True, (True + True) * True)
print(10 - 2 ** 3 // 2 * 3 + 1)
