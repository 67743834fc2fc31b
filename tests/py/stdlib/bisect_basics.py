# bisect: bisect_left, bisect_right and bisect, insort_left, insort_right and
# insort, with lo/hi bounds, key= functions, duplicates, other sequence types
# (tuples, strings, ranges, list subclasses with their own insert) and the
# errors for bad bounds and arguments.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(bisect.bisect is bisect_right, bisect.insort is insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 4, 8, 9):
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left([], 5), bisect_right([], 5))

# lo and hi
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 8, 0, 3), bisect_right(a, 0, 4))
print(bisect_left(a, 2, lo=3, hi=5), bisect_right(a, 5, hi=6), bisect_right(a, 5, hi=None))
print(bisect_right(a, 100, 5, 5), bisect_left(a, 100, 6, 3), bisect_right(a, 1, 10))
print(bisect_right(a, 3, True), bisect_left(a, 3, False, 4))
# hi=-1 means "to the end" (the C implementation's default), other negative
# hi values leave nothing to search; bounds may be any object with __index__
class Two:
    def __index__(self):
        return 2


print(bisect_right([1, 2, 3], 1, 0, -1), bisect_left([1, 2, 3], 5, 1, -2), bisect_right(a, 9, Two(), Two()))
attempt(bisect_left, a, 1, -1)
attempt(bisect_right, a, 1, lo=-5)
attempt(bisect_right, a, 1, 1.5)
attempt(bisect_right, a, 1, 0, 'x')
attempt(bisect_right, a, 1, 0, 2.5)
attempt(insort_left, [1], 1, -1)

# key=
records = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
for k in (0, 3, 5, 9):
    print(k, bisect_left(records, k, key=key), bisect_right(records, k, key=key))
print(bisect_left(records, 3, 2, key=key), bisect_right(records, 3, 0, 2, key=key))
names = ['bob', 'Carl', 'dave', 'Eve']
print(bisect_left(names, 'c', key=str.lower), bisect_right(names, 'DAVE'.lower(), key=str.lower))

# other sequences
print(bisect_left((1, 3, 5), 4), bisect_right('acegi', 'e'), bisect_left(range(0, 100, 10), 35))
print(bisect_right(range(0, 100, 10), 30), bisect_left(b'aceg', ord('d')))

# insort
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort_right(s, x)
print(s)
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, x)
print(s)

# left and right insertion of equal elements is visible with identity
one_a, one_b = 1.0, 1
s = [0, 1.0, 2]
insort_left(s, one_b)
print(s, [type(v).__name__ for v in s])
s = [0, 1, 2]
insort_right(s, one_a)
print(s, [type(v).__name__ for v in s])
s = [0, 1, 1, 2]
insort_left(s, 1.0, 2)
print(s)
s = [0, 1, 1, 2]
insort_right(s, 1.0, 0, 2)
print(s)

# insort with key: the key is applied to the new item too
people = [('ann', 20), ('bob', 30)]
insort_right(people, ('cid', 25), key=lambda p: p[1])
insort_left(people, ('dan', 30), key=lambda p: p[1])
insort_right(people, ('eve', 30), key=lambda p: p[1])
insort_left(people, ('fay', 10), key=lambda p: p[1])
print(people)

# insort uses the insert method of non-list sequences and of list subclasses
class LoggingList(list):
    def insert(self, index, value):
        print('insert', index, value)
        list.insert(self, index, value)


ll = LoggingList([1, 3, 5])
bisect.insort(ll, 4)
insort_left(ll, 1)
print(ll)


class Sorted:
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)


sc = Sorted()
for v in 'python':
    bisect.insort(sc, v)
print(sc.data, bisect_left(sc, 'p'))

# comparisons use < only, in the documented direction
class Cmp:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'Cmp(%r)' % self.v


items = [Cmp(i) for i in range(0, 20, 2)]
print(bisect_left(items, Cmp(7)), Cmp.log)
Cmp.log.clear()
print(bisect_right(items, Cmp(8)), Cmp.log)

# errors
attempt(bisect_left, 5, 1)
attempt(bisect_right, None, 1)
attempt(bisect_left, [1, 'a'], 2)
attempt(insort_right, (1, 2), 3)
attempt(bisect_left, [1, 2], 1, key=5)
