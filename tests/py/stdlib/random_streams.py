# random after seed(): the same integers, choices and floats as CPython 3.11
# (int, float, str and bytes seeds), state save/restore, and the error messages.
import random

for s in (0, 1, 42, -42, 2 ** 40 + 7, 10 ** 30, 3.5, "hello", b"bytes", bytearray(b"ba"), ""):
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(5), random.getrandbits(70), random.randrange(1000))

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(10)], random.randrange(10, 0, -3))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(50)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10 ** 6), 8))
print(random.sample(['a', 'b', 'c'], 5, counts=[1, 2, 3]) if False else random.sample(['a', 'b', 'c'], 4, counts=[1, 2, 3]))
print(random.choices('abc', k=8), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices('xyz', cum_weights=[1, 5, 6], k=5))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.randbytes(6))

# Floating-point distributions, printed to 12 digits.
def r12(x):
    return float('%.12g' % x)

random.seed(7)
print([r12(random.gauss(0, 1)) for _ in range(4)], r12(random.gauss()))
print([r12(random.normalvariate(5, 2)) for _ in range(3)])
print(r12(random.lognormvariate(0, 1)), r12(random.expovariate(2.0)), r12(random.vonmisesvariate(1.0, 4.0)))
print(r12(random.gammavariate(0.5, 1)), r12(random.gammavariate(1.0, 2)), r12(random.gammavariate(3, 1)))
print(r12(random.betavariate(2, 5)), r12(random.paretovariate(3)), r12(random.weibullvariate(1, 1.5)))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], state[0], len(state[1]), state[1][-1])

r1 = random.Random(99)
r2 = random.Random()
r2.seed(99)
print(r1.random() == r2.random(), r1.randint(1, 10 ** 20), r2.getrandbits(100))


class Mine(random.Random):
    def random(self):
        return 0.5


print(Mine(1).randrange(10), Mine(1).choice('abcd'), Mine().uniform(0, 4))


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: random.choice([]))
err(lambda: random.randrange(0))
err(lambda: random.randrange(5, 5))
err(lambda: random.randrange(0, 10, 0))
err(lambda: random.randrange(10, 0))
err(lambda: random.sample([1, 2], 3))
err(lambda: random.sample({1, 2}, 1))
err(lambda: random.choices('ab', [1, 2, 3]))
err(lambda: random.choices('ab', [0, 0]))
err(lambda: random.choices('ab', 2))
err(lambda: random.getrandbits(-1))
err(lambda: random.seed([1, 2]))
err(lambda: random.gammavariate(0, 1))
err(lambda: random.setstate((9, (), None)))
print(random.getrandbits(0), random.randrange(1), random.sample([], 0))
