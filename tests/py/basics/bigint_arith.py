# Arbitrary-precision integer arithmetic
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10 ** 20, f % 10 ** 20)
a = 2 ** 200
b = 3 ** 120
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a ** 2 == a * a, (a + 1) * (a - 1) == a * a - 1)
print(a > b, a < b, a == 2 ** 200, a != b)
print(a / 2 ** 190)
print(int(1e20), int(-1.5e20), int(2.0 ** 80))
print(float(2 ** 80), float(-(3 ** 50)))
print(str(10 ** 50)[:10], len(str(10 ** 50)))
print(abs(-(2 ** 70)), -(-(2 ** 70)))
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
m = 2 ** 127 - 1
print(m, m % 1000007, pow(3, m - 1, m))
print(2 ** 64 - 2 ** 64, 0 * 10 ** 100, (10 ** 100) // (10 ** 100))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40))
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(10 ** 30 == 10.0 ** 30, 2 ** 64 == 2.0 ** 64)
