# Classes implementing __iter__/__next__; iterables versus iterators
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = CountDown(3)
print(list(c), list(c))
for v in CountDown(2):
    print("v", v)
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return RepeatIter(self.data)
class RepeatIter:
    def __init__(self, data):
        self.data, self.i = data, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
r = Repeatable("abc")
print(list(r), list(r), [x + y for x in r for y in r][:4])
print(sorted(Repeatable([3, 1, 2])), sum(Repeatable([1, 2, 3])), max(Repeatable("xyz")), "b" in r)
a, b, c2 = Repeatable([1, 2, 3])
print(a, b, c2, dict(zip(Repeatable("ab"), CountDown(2))))
print(list(enumerate(Repeatable("hi"))), tuple(map(str.upper, Repeatable("ok"))))
class Infinite:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for v in Infinite():
    if v > 4:
        break
print("stopped at", v)
inf = Infinite()
print(next(inf), next(inf), [next(inf) for _ in range(3)])
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
    def __len__(self):
        return self.n
f = Fib(10)
print(list(f), len(f), list(reversed(list(f)))[:3])
