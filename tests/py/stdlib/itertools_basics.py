# itertools: the infinite iterators (count, cycle, repeat) and the iterators that end
# on the shortest input (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, islice, pairwise, zip_longest): results, reprs, type names, keywords.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, starmap, islice, pairwise, zip_longest)


def take(n, it):
    return list(islice(it, n))


print("--- count")
print(take(5, count()))
print(take(5, count(10)))
print(take(5, count(10, 3)))
print(take(5, count(start=-2, step=-2)))
print(take(5, count(2.5)))
print(take(5, count(0.1, 0.1)))
print(take(4, count(1j, 1 + 1j)))
print(take(3, count(0, 1.0)))
print(take(3, count(True)), [type(x).__name__ for x in take(2, count(True))])
print(take(3, count(2 ** 70, 2 ** 70)))
print(take(3, count(9223372036854775806)))
c = count(3)
print(repr(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(1, 2)), repr(count(1.5)), repr(count(1.5, 1)))
print(repr(count(0, True)), repr(count(0, 1.0)), repr(count(2, -1)), repr(count(True)))
print(repr(count(2 ** 80)), repr(count(2 ** 80, 3)))
c = count(0.5, 0.25)
next(c)
print(repr(c))
for i in count(5):
    if i > 7:
        break
    print("loop", i)
print(type(count()).__name__, type(count()) is count, iter(c) is c)
print(list(zip("abc", count(1))))


class Sub(count):
    pass


print(repr(Sub(7)), repr(Sub(7, 2)), take(2, Sub(7, 2)))

print("--- cycle")
print(take(8, cycle("abc")))
print(take(3, cycle([])), take(3, cycle([7])))
seen = []


def gen():
    for x in "xyz":
        seen.append(x)
        yield x


cy = cycle(gen())
print(list(seen), next(cy), list(seen), take(6, cy), list(seen))
lst = [1, 2]
cy = cycle(lst)
print(next(cy), next(cy))
lst.append(3)
print(take(4, cy))

print("--- repeat")
print(list(repeat("a", 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(take(4, repeat(7)))
print(list(repeat(object="o", times=2)), list(repeat(5, times=True)))
r = repeat("x", 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__())
print(repr(repeat([1, 2])), repr(repeat("q", -3)), repr(repeat(1.5, 0)))
print(list(map(pow, range(5), repeat(2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)

print("--- accumulate")
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], initial=100)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([[1], [2], [3]])))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate([5])))
print(list(accumulate(iterable=[1, 2], func=None, initial=None)))
print(list(accumulate([1, 2, 3], func=lambda a, b: b - a, initial=10)))
print(list(accumulate(range(6), initial=None)))

print("--- chain")
print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()), list(chain([])), list(chain([], [], [9])))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable(iter([range(2), range(3)]))))
print(type(chain.from_iterable([])).__name__)
log = []


def src(tag, n):
    log.append("start " + tag)
    for i in range(n):
        yield tag + str(i)


ch = chain(src("a", 2), src("b", 1))
print(list(log), next(ch), list(log), list(ch), list(log))


def sources():
    log.append("outer 1")
    yield [1, 2]
    log.append("outer 2")
    yield [3]


log.clear()
ch = chain.from_iterable(sources())
print(list(log), next(ch), list(log), next(ch), list(log), next(ch), list(log), list(ch), list(log))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print(type(e).__name__, e)
print(list(ch))

print("--- compress")
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1])), list(compress("AB", [0, 1, 1, 1])))
print(list(compress(data=range(10), selectors=cycle([True, False, False]))))
print(list(compress("abc", ["", "x", None])))

print("--- dropwhile / takewhile")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(dropwhile(lambda x: x, [])), list(takewhile(bool, [])))
it = iter(range(10))
tw = takewhile(lambda x: x < 3, it)
print(list(tw), next(it), list(tw))
calls = []


def pred(x):
    calls.append(x)
    return x < 3


dw = dropwhile(pred, range(8))
print(list(dw), calls)

print("--- filterfalse / starmap")
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0], 0.0])))
print(list(filterfalse(bool, [0, 3, False, True])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], "ab", (), range(3)])))
print(list(starmap(max, [([3, 1],), ((4, 9),)])))

print("--- islice")
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(20), 3, 15, 4)), list(islice(range(5), 10)))
print(list(islice(range(5), None)), list(islice(range(5), None, None, None)))
print(list(islice(range(5), 0)), list(islice(range(5), 3, 3)), list(islice(range(5), 4, 2)))
print(list(islice(range(10), True, 9, 3)), list(islice(count(), 5, 8)))
it = iter(range(10))
print(list(islice(it, 2, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(10))
s = islice(it, 1, None, 3)
print(next(s), next(s), next(it), next(s))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(islice(range(10), Idx(2), Idx(8), Idx(2))))

print("--- pairwise")
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(4))))
pw = pairwise(iter([1, 2, 3]))
print(next(pw), next(pw), list(pw), list(pw))

print("--- zip_longest")
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3, 4], [True])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [])))
print(list(zip_longest(range(3))), list(zip_longest([], [1], fillvalue=0)))
print(list(zip_longest("ab", "abc", fillvalue=None)))
print(list(zip_longest(*[[1, 2, 3], [4, 5], [6]], **{"fillvalue": 0})))

print("--- type names and iter(x) is x")
objs = [count(), cycle("a"), repeat(1), accumulate([]), chain(), chain.from_iterable([]),
        compress([], []), dropwhile(None, []), takewhile(None, []), filterfalse(None, []),
        starmap(None, []), islice([], 1), pairwise([]), zip_longest()]
for o in objs:
    print(type(o).__name__, iter(o) is o, type(o).__module__)
print(sorted(n for n in dir(itertools) if not n.startswith("_")))
