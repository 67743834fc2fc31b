# itertools: error messages for common misuse (wrong argument counts, bad keywords,
# non-iterables, bad numbers for count/repeat/islice/tee/product/permutations/combinations),
# and exceptions raised while iterating (what state the iterator is left in).
import sys
import itertools
from itertools import *


def check(label, f):
    try:
        r = f()
        if hasattr(r, "__next__"):
            r = list(islice(r, 6))
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


cases = [
    ("count('a')", lambda: count("a")),
    ("count(1, 'a')", lambda: count(1, "a")),
    ("count(None)", lambda: count(None)),
    ("count([])", lambda: count([])),
    ("count(1, 2, 3)", lambda: count(1, 2, 3)),
    ("count(x=1)", lambda: count(x=1)),
    ("count(1, start=2)", lambda: count(1, start=2)),
    ("count(step=2)", lambda: count(step=2)),
    ("cycle()", lambda: cycle()),
    ("cycle(1)", lambda: cycle(1)),
    ("cycle([1], [2])", lambda: cycle([1], [2])),
    ("cycle(iterable=[1])", lambda: cycle(iterable=[1])),
    ("repeat()", lambda: repeat()),
    ("repeat(1, -1)", lambda: repeat(1, -1)),
    ("repeat(1, 'a')", lambda: repeat(1, "a")),
    ("repeat(1, 2.5)", lambda: repeat(1, 2.5)),
    ("repeat(1, None)", lambda: repeat(1, None)),
    ("repeat(1, 2 ** 70)", lambda: repeat(1, 2 ** 70)),
    ("repeat(1, 2, 3)", lambda: repeat(1, 2, 3)),
    ("repeat(1, x=2)", lambda: repeat(1, x=2)),
    ("repeat(1, object=2)", lambda: repeat(1, object=2)),
    ("accumulate()", lambda: accumulate()),
    ("accumulate(1)", lambda: accumulate(1)),
    ("accumulate([1], None, 3)", lambda: accumulate([1], None, 3)),
    ("accumulate([1], None, 1, 2)", lambda: accumulate([1], None, 1, 2)),
    ("accumulate([1], foo=2)", lambda: accumulate([1], foo=2)),
    ("accumulate([1], iterable=[2])", lambda: accumulate([1], iterable=[2])),
    ("accumulate([1, 'a'])", lambda: accumulate([1, "a"])),
    ("chain(1)", lambda: chain(1)),
    ("chain(x=1)", lambda: chain(x=1)),
    ("chain.from_iterable(1)", lambda: chain.from_iterable(1)),
    ("chain.from_iterable()", lambda: chain.from_iterable()),
    ("chain.from_iterable([1], [2])", lambda: chain.from_iterable([1], [2])),
    ("chain.from_iterable(x=1)", lambda: chain.from_iterable(x=1)),
    ("chain.from_iterable([1])", lambda: chain.from_iterable([1])),
    ("compress()", lambda: compress()),
    ("compress([1])", lambda: compress([1])),
    ("compress(1, [1])", lambda: compress(1, [1])),
    ("compress([1], 1)", lambda: compress([1], 1)),
    ("compress([1], [1], [1])", lambda: compress([1], [1], [1])),
    ("compress([1], data=[1])", lambda: compress([1], data=[1])),
    ("compress([1], sel=[1])", lambda: compress([1], sel=[1])),
    ("dropwhile()", lambda: dropwhile()),
    ("dropwhile(None)", lambda: dropwhile(None)),
    ("dropwhile(None, 1)", lambda: dropwhile(None, 1)),
    ("dropwhile(None, [1])", lambda: dropwhile(None, [1])),
    ("dropwhile(1, 2, 3)", lambda: dropwhile(1, 2, 3)),
    ("dropwhile(predicate=None, iterable=[])", lambda: dropwhile(predicate=None, iterable=[])),
    ("takewhile(None)", lambda: takewhile(None)),
    ("takewhile(len, [1])", lambda: takewhile(len, [1])),
    ("filterfalse(None)", lambda: filterfalse(None)),
    ("filterfalse(None, 3)", lambda: filterfalse(None, 3)),
    ("filterfalse(3, [1])", lambda: filterfalse(3, [1])),
    ("starmap(None)", lambda: starmap(None)),
    ("starmap(pow, [1])", lambda: starmap(pow, [1])),
    ("starmap(divmod, [(1, 2, 3)])", lambda: starmap(divmod, [(1, 2, 3)])),
    ("groupby()", lambda: groupby()),
    ("groupby(1)", lambda: groupby(1)),
    ("groupby([1], None, 3)", lambda: groupby([1], None, 3)),
    ("groupby([1], x=1)", lambda: groupby([1], x=1)),
    ("islice()", lambda: islice()),
    ("islice([1])", lambda: islice([1])),
    ("islice([1], 1, 2, 3, 4)", lambda: islice([1], 1, 2, 3, 4)),
    ("islice([1], -1)", lambda: islice([1], -1)),
    ("islice([1], -5)", lambda: islice([1], -5)),
    ("islice([1], 'a')", lambda: islice([1], "a")),
    ("islice([1], 1.5)", lambda: islice([1], 1.5)),
    ("islice([1], 2 ** 100)", lambda: islice([1], 2 ** 100)),
    ("islice([1], sys.maxsize)", lambda: islice([1], sys.maxsize)),
    ("islice([1], -1, 3)", lambda: islice([1], -1, 3)),
    ("islice([1], 'a', 3)", lambda: islice([1], "a", 3)),
    ("islice([1], 1, -1)", lambda: islice([1], 1, -1)),
    ("islice([1], 1, -2)", lambda: islice([1], 1, -2)),
    ("islice([1], 'a', 'b')", lambda: islice([1], "a", "b")),
    ("islice([1], 0, 3, 0)", lambda: islice([1], 0, 3, 0)),
    ("islice([1], 0, 3, -1)", lambda: islice([1], 0, 3, -1)),
    ("islice([1], 0, 3, 'a')", lambda: islice([1], 0, 3, "a")),
    ("islice([1], 0, 3, 2 ** 100)", lambda: islice([1], 0, 3, 2 ** 100)),
    ("islice(1, 3)", lambda: islice(1, 3)),
    ("islice(1, -1)", lambda: islice(1, -1)),
    ("islice([1], stop=1)", lambda: islice([1], stop=1)),
    ("pairwise()", lambda: pairwise()),
    ("pairwise(1)", lambda: pairwise(1)),
    ("pairwise([1], [2])", lambda: pairwise([1], [2])),
    ("pairwise(iterable=[1])", lambda: pairwise(iterable=[1])),
    ("tee()", lambda: tee()),
    ("tee([1], -1)", lambda: tee([1], -1)),
    ("tee(1, -1)", lambda: tee(1, -1)),
    ("tee([1], 'a')", lambda: tee([1], "a")),
    ("tee(1)", lambda: tee(1)),
    ("tee(1, 0)", lambda: tee(1, 0)),
    ("tee([1], 2, 3)", lambda: tee([1], 2, 3)),
    ("tee([1], n=2)", lambda: tee([1], n=2)),
    ("zip_longest(1)", lambda: zip_longest(1)),
    ("zip_longest([1], 2)", lambda: zip_longest([1], 2)),
    ("zip_longest([1], x=1)", lambda: zip_longest([1], x=1)),
    ("zip_longest([1], fillvalue=1, x=2)", lambda: zip_longest([1], fillvalue=1, x=2)),
    ("zip_longest([1], fill=0)", lambda: zip_longest([1], fill=0)),
    ("product(1)", lambda: product(1)),
    ("product([1], 2)", lambda: product([1], 2)),
    ("product([1], repeat=-1)", lambda: product([1], repeat=-1)),
    ("product([1], repeat='a')", lambda: product([1], repeat="a")),
    ("product([1], repeat=2.0)", lambda: product([1], repeat=2.0)),
    ("product([1], x=1)", lambda: product([1], x=1)),
    ("product([1], repeat=2, x=3)", lambda: product([1], repeat=2, x=3)),
    ("product([1, 2], repeat=2 ** 62)", lambda: product([1, 2], repeat=2 ** 62)),
    ("product([1, 2], repeat=2 ** 70)", lambda: product([1, 2], repeat=2 ** 70)),
    ("product(1, repeat=0)", lambda: product(1, repeat=0)),
    ("permutations()", lambda: permutations()),
    ("permutations(range(3), -1)", lambda: permutations(range(3), -1)),
    ("permutations(1, -1)", lambda: permutations(1, -1)),
    ("permutations(range(3), 'a')", lambda: permutations(range(3), "a")),
    ("permutations(range(3), 1.0)", lambda: permutations(range(3), 1.0)),
    ("permutations(range(3), 2 ** 70)", lambda: permutations(range(3), 2 ** 70)),
    ("permutations(range(3), 1, 2)", lambda: permutations(range(3), 1, 2)),
    ("permutations(range(3), x=1)", lambda: permutations(range(3), x=1)),
    ("combinations()", lambda: combinations()),
    ("combinations(range(3))", lambda: combinations(range(3))),
    ("combinations(range(3), -1)", lambda: combinations(range(3), -1)),
    ("combinations(1, -1)", lambda: combinations(1, -1)),
    ("combinations(1, 'a')", lambda: combinations(1, "a")),
    ("combinations(range(3), None)", lambda: combinations(range(3), None)),
    ("combinations(range(3), 1, 2)", lambda: combinations(range(3), 1, 2)),
    ("combinations(range(3), r=2, x=3)", lambda: combinations(range(3), r=2, x=3)),
    ("combinations(range(3), 2, r=2)", lambda: combinations(range(3), 2, r=2)),
    ("combinations(range(3), x=2)", lambda: combinations(range(3), x=2)),
    ("combinations_with_replacement(range(3))", lambda: combinations_with_replacement(range(3))),
    ("combinations_with_replacement(range(3), -1)", lambda: combinations_with_replacement(range(3), -1)),
    ("combinations_with_replacement('ab', 2.0)", lambda: combinations_with_replacement("ab", 2.0)),
    ("combinations_with_replacement(1, 1)", lambda: combinations_with_replacement(1, 1)),
]
for label, f in cases:
    check(label, f)

print("--- subclasses and keywords")


class MyChain(chain):
    def __init__(self, *iterables, name=None):
        self.name = name


c = MyChain([1], [2], name="n")
print(list(c), c.name, type(c).__name__)


class MyCycle(cycle):
    pass


check("MyCycle([1], x=2)", lambda: MyCycle([1], x=2))
for base in (type(tee([])[0]), type(next(groupby([1]))[1])):
    try:
        class Bad(base):
            pass
        print("subclassed", base.__name__)
    except TypeError as e:
        print(type(e).__name__, e)

print("--- exceptions while iterating")


class Boom(Exception):
    pass


def faulty(n):
    for i in range(n):
        yield i
    raise Boom("boom")


def drain(label, it, n=8):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
        except Exception as e:
            out.append(type(e).__name__)
    print(label, out)


drain("chain", chain(faulty(2), [7, 8]))
drain("chain.from_iterable", chain.from_iterable([faulty(1), [5]]))
drain("islice", islice(faulty(3), 1, None))
drain("pairwise", pairwise(faulty(3)))
drain("zip_longest", zip_longest(faulty(2), "abcdef"))
drain("accumulate", accumulate(faulty(3)))
drain("compress", compress(faulty(3), [1, 1, 1, 1, 1]))
drain("dropwhile", dropwhile(lambda x: x < 1, faulty(3)))
drain("takewhile", takewhile(lambda x: x < 9, faulty(2)))
drain("starmap", starmap(lambda *a: a, [(1,), (2,), 3, (4,)]))
drain("filterfalse", filterfalse(None, faulty(3)))
drain("cycle", cycle(faulty(2)))
t1, t2 = tee(faulty(2))
drain("tee first", t1)
drain("tee second", t2)
drain("groupby", (k for k, g in groupby(faulty(3))))


def badkey(x):
    if x == 2:
        raise Boom("key")
    return x


gb = groupby([1, 2, 3], badkey)
drain("groupby key", (k for k, g in gb))
drain("accumulate func", accumulate([1, 2, 3], lambda a, b: 1 // (b - 2)))
drain("count add", count(1, 0.5), 2)
drain("count add", count(1j, 2 ** 2000), 2)
