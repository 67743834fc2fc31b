# Iterator protocol details shared by generators and built-in iterators
lst = [1, 2, 3]
it = iter(lst)
print(type(it).__name__, iter(it) is it, next(it), list(it), list(it))
gen = (x for x in lst)
print(iter(gen) is gen, hasattr(gen, "__next__"), hasattr(gen, "send"), hasattr(lst, "__next__"))
d = {"a": 1, "b": 2}
print(type(iter(d)).__name__, list(iter(d.values())), list(iter(d.items())))
s = "hey"
si = iter(s)
print(next(si), next(si), next(si), next(si, "-"))
def manual_for(iterable, fn):
    it = iter(iterable)
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        fn(v)
manual_for("abc", lambda c: print("visit", c))
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), list(iter(Squares(3))))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield from range(3)
g = gen()
print(list(zip(g, g)))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
e = enumerate("ab")
print(next(e), list(e))
z = zip([1, 2], [3, 4])
print(iter(z) is z, list(z), list(z))
m = map(str, [1, 2])
print(iter(m) is m, next(m), list(m))
counter = 0
def sentinel_source():
    global counter
    counter += 1
    return counter
print(list(iter(sentinel_source, 5)))
