# iter() with a sentinel callable, next() with a default
values = [3, 1, 4, 1, 5, 9, 0, 2, 6, 0]
pos = 0
def reader():
    global pos
    v = values[pos]
    pos += 1
    return v
print(list(iter(reader, 0)), pos)
print(list(iter(reader, 0)), pos)
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
class Countdown:
    def __init__(self):
        self.n = 5
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 1)))
it = iter([1, 2])
print(next(it), next(it, "default"), next(it, "default"), next(it, None))
empty = iter(())
print(next(empty, 42), next(empty, [1]), next(iter("x"), "unused"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration raised, args:", e.args)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield "only"
g = gen()
print(next(g, "d1"), next(g, "d2"), next(g, "d3"))
it = iter(range(10))
print([next(it) for _ in range(3)], list(it))
it = iter("abcdef")
pairs = [(c, next(it, "?")) for c in it]
print(pairs)
calls = []
def tracked():
    calls.append(len(calls))
    return len(calls)
for v in iter(tracked, 4):
    pass
print(calls)
lines = iter(["header", "a", "b", "END", "ignored"])
print(next(lines), list(iter(lambda: next(lines), "END")), list(lines))
