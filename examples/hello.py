"""A small tour: functions, classes, generators and formatting."""


def primes(limit):
    sieve = [True] * (limit + 1)
    for n in range(2, limit + 1):
        if sieve[n]:
            yield n
            for m in range(n * n, limit + 1, n):
                sieve[m] = False


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print("primes:", list(primes(50)))
print("sum of squares:", sum(i * i for i in range(1000)))
print(Vec(1, 2) + Vec(3.5, -1))
total = 0.0
for i in range(1, 100001):
    total += 1.0 / (i * i)
print("pi^2/6 ~", total)
