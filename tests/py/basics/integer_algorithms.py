# Small integer algorithms exercising loops and arithmetic
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(-48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 50))
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k, f in enumerate(flags) if f]
print(sieve(100))
print(len(sieve(10000)), sum(sieve(10000)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 20)], collatz(27), collatz(837799))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(100))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print(to_base(255, 2), to_base(255, 16), to_base(-35, 36), to_base(10 ** 20, 7))
print(int(to_base(10 ** 20, 7), 7) == 10 ** 20)
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modpow(3, 10 ** 18, 10 ** 9 + 7), pow(3, 10 ** 18, 10 ** 9 + 7))
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
