# Generators as __iter__ implementations and generator methods
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def row(self, y):
        return ((x, y) for x in range(self.w))
r = Range2D(3, 2)
print(list(r), list(r))
print(list(r.row(1)), len(list(r)), (2, 1) in r, (3, 0) in r)
class Tree:
    def __init__(self):
        self.items = []
    def insert(self, v):
        self.items.append(v)
        return self
    def __iter__(self):
        yield from sorted(self.items)
    def reversed_items(self):
        for v in sorted(self.items, reverse=True):
            yield v
t = Tree().insert(5).insert(1).insert(3)
print(list(t), list(t.reversed_items()), sum(t), max(t))
a, b, c = t
print(a, b, c)
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.start + 1)
cd = Countdown(4)
print(list(cd), list(reversed(cd)), [x * y for x, y in zip(cd, reversed(cd))])
it1, it2 = iter(cd), iter(cd)
print(next(it1), next(it1), next(it2))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), dict(enumerate(Fib(10))))
class Lines:
    def __init__(self, text):
        self.text = text
    def words(self):
        for line in self.text.splitlines():
            for w in line.split():
                yield w.lower().strip(".,")
print(list(Lines("Hello world.\nHello, again").words()))
