# Mixing ints and floats in arithmetic
a, b = 7, 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 2.0, a - 2.0, a * 2.0, a / 2.0, a // 2.0, a % 2.0, a ** 2.0)
print(1 / 3, 2 / 3, 10 / 4, 10 / 5, -10 / 4)
print(type(4 / 2).__name__, 4 / 2)
print(3 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(1 + True, 1.5 + True, True * 3.0)
print(2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
print(10 ** 20 / 10 ** 10)
print(10 ** 20 * 1.0)
print(10 ** 20 + 0.5)
print(2 ** 53 + 1.0)
print(float(2 ** 53 + 1))
print(1e308 * 10, -1e308 * 10)
print(5e-324 / 2)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(0.5 + 0.25, 0.75 - 1, 1.0 - 0.9)
print(3 - 5, -3 * -5, -(3 - 5))
print(100 / 7 * 7, 100 // 7 * 7 + 100 % 7)
print(1.0 * 3 == 3, 3.0 == 3, 0.1 + 0.2 == 0.3)
print(abs(-2.5), abs(-3), abs(0.0), abs(-0.0))
x = 10
x /= 4
print(x, type(x).__name__)
y = 10
y //= 4.0
print(y, type(y).__name__)
