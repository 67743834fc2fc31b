# ** with negative bases, negative exponents and precedence
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3)
print(-2 ** 2, (-2) ** 2, (-2) ** 3, -2 ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** -5, (-1) ** -3, (-1) ** 1000001)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(4 ** 0.5, 27 ** (1/3), 2.0 ** 10, 2 ** 0.0)
print(10 ** 18, 10 ** 19, 3 ** 100)
print((-3) ** 41)
print(1.5 ** 2, (-1.5) ** 3, 0.5 ** -2)
print(2 ** 1023 * 2.0 == float('inf'))
x = 3
x **= 4
print(x)
x **= -1
print(x)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2))
print((-8) ** 2 ** 0, -(2 ** 2))
print(7 ** 0, 0 ** 7, 1 ** 10 ** 5)
print(2 ** 100 - 1)
print(-(2 ** 100))
print((-2) ** 127)
