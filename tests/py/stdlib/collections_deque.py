# collections.deque: construction and maxlen, both-end operations, rotate,
# indexing (negative too), insert/remove/index/count/reverse/copy, comparisons,
# + * += *=, repr (maxlen, recursion), error messages, and the RuntimeError for
# mutation during iteration.
from collections import deque
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(deque(), deque([1, 2, 3]), deque("abc"), deque(range(5), 3))
print(deque(maxlen=0), deque([1, 2], maxlen=5), deque(maxlen=None).maxlen)
d = deque([1, 2, 3], 10)
print(d.maxlen, len(d), bool(d), bool(deque()))

# both ends
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d)
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
d.extend("xy")
d.extendleft("ab")
print(d)
d.extend(d)
print(d, len(d))
d.clear()
print(d, len(d))
attempt(lambda: d.pop())
attempt(lambda: d.popleft())

# a long FIFO and LIFO run exercises the rebalancing between the two ends
d = deque()
out = []
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        out.append(d.popleft())
print(len(d), out[:5], out[-3:], d[0], d[-1])
while len(d) > 10:
    d.pop()
    d.popleft()
print(d)
d = deque(range(6))
print([d.pop() if i % 2 else d.popleft() for i in range(6)], d)

# maxlen trims from the opposite end
d = deque(range(5), maxlen=3)
print(d)
d.append(10)
print(d)
d.appendleft(20)
print(d)
d.extend([1, 2])
print(d)
d.extendleft([7, 8, 9, 6])
print(d)
z = deque(maxlen=0)
z.append(1)
z.extend(range(100))
z.appendleft(2)
print(z, len(z))

# rotate
d = deque(range(7))
for n in (1, 2, -1, -3, 0, 7, 15, -15, 3):
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(d)
one = deque([1])
one.rotate(5)
print(one)
attempt(lambda: d.rotate("a"))

# indexing
d = deque("abcdefg")
print(d[0], d[3], d[-1], d[-7], d[6])
for i in (7, -8, 100):
    attempt(lambda: d[i])
attempt(lambda: d["a"])
attempt(lambda: d[1:2])
attempt(lambda: d[1.0])
d[0] = "A"
d[-1] = "G"
print(d)
del d[1]
del d[-2]
print(d)
attempt(lambda: d.__setitem__(10, 1))
attempt(lambda: d.__delitem__(-10))
print(d[True])

# insert / remove / index / count / reverse
d = deque([1, 2, 3, 2, 1])
d.insert(0, "s")
d.insert(2, "m")
d.insert(-1, "n")
d.insert(100, "e")
d.insert(-100, "b")
print(d)
d.remove(2)
print(d)
attempt(lambda: d.remove(99))
print(d.index(1), d.index(1, 4), d.index(2, -5), d.count(1), d.count("zz"))
attempt(lambda: d.index(99))
attempt(lambda: d.index(1, 5, 6))
attempt(lambda: d.index(1, "a"))
d.reverse()
print(d)
attempt(lambda: deque([1, 2], 2).insert(0, 3))
print(3 in d, "m" in d, 42 in d)

# copy
d = deque([[1], [2]], 5)
c = d.copy()
c2 = copy.copy(d)
print(c, c2, c is d, c[0] is d[0], c == d)
dc = copy.deepcopy(d)
print(dc, dc[0] is d[0], dc.maxlen)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]))
print(deque([1, 2]) == [1, 2], deque([1]) == (1,))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) >= deque([1, 2, 0]), deque() < deque([0]))
print(deque([1, 2], 3) == deque([1, 2]))

# operators
a = deque([1, 2])
b = deque([3], 2)
print(a + b, b + a, a * 3, 2 * a, a * 0, a * -2, b * 3)
attempt(lambda: a + [1])
attempt(lambda: a * 1.5)
attempt(lambda: 2.5 * a)
a += [5, 6]
print(a)
a += a
print(a)
a *= 2
print(a, len(a))
m = deque([1, 2, 3], 5)
m *= 3
print(m)
m *= 1
print(m)
m *= 0
print(m)
def bad_iadd():
    x = deque()
    x += 5
attempt(bad_iadd)

# repr: subclass name, recursion
class MyDeque(deque):
    pass


md = MyDeque([1, 2], 4)
print(md, type(md.copy()).__name__, type(md + md).__name__, md.copy())
r = deque([1])
r.append(r)
print(r)
r2 = deque()
r2.append([r2])
print(r2)

# constructor errors and maxlen is read-only
attempt(lambda: deque([], -1))
attempt(lambda: deque([], "a"))
attempt(lambda: deque(5))
def set_maxlen():
    deque().maxlen = 3
attempt(set_maxlen)
d = deque([1, 2, 3])
d.__init__([9, 8])
print(d, d.maxlen)

# iteration and mutation during iteration
d = deque(range(5))
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), sorted(d, reverse=True))
print(list(enumerate(d)), tuple(d), set(d) == {0, 1, 2, 3, 4})
for op in ("append", "appendleft", "pop", "popleft", "clear", "rotate", "remove", "insert", "delitem", "extend"):
    d = deque([1, 2, 3, 4])
    seen = []
    try:
        for x in d:
            seen.append(x)
            if x == 2:
                if op == "append":
                    d.append(9)
                elif op == "appendleft":
                    d.appendleft(9)
                elif op == "pop":
                    d.pop()
                elif op == "popleft":
                    d.popleft()
                elif op == "clear":
                    d.clear()
                elif op == "rotate":
                    d.rotate(1)
                elif op == "remove":
                    d.remove(4)
                elif op == "insert":
                    d.insert(0, 0)
                elif op == "delitem":
                    del d[0]
                else:
                    d.extend([5])
    except RuntimeError as e:
        seen.append(str(e))
    print(op, seen, d)
# changes that are not mutations of the length/order keep iterators valid
d = deque([1, 2, 3, 4])
seen = []
for x in d:
    seen.append(x)
    d[3] = 40
    d.extend([])
    d.count(1)
print(seen)
d = deque([1, 2])
it = iter(d)
next(it)
d.append(3)
attempt(lambda: next(it))
attempt(lambda: next(it))
d = deque([1, 2])
it = reversed(d)
print(next(it), next(it))
attempt(lambda: next(it))
d = deque([1, 2])
it = iter(d)
next(it)
next(it)
d.appendleft(0)
attempt(lambda: next(it))

# misc
print(deque.__hash__ is None, isinstance(deque(), deque), deque.__name__, deque.__module__)
