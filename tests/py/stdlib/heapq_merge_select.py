# heapq: merge (several inputs, empty inputs, generators, key=, reverse=,
# stability between inputs, laziness), nlargest and nsmallest (with and
# without key, n of 0/1/negative/larger than the input, ties keep the order
# of sorted(), iterators and generators as input).
import heapq
from heapq import merge, nlargest, nsmallest


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


seed = 2024
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([], [], [])), list(merge([1])))
print(list(merge('ace', 'bdf')), list(merge((1, 4), range(2, 6))))
print(list(merge(iter([1, 2]), (x * 3 for x in range(4)))))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 3], [8, 4, 2], [6], reverse=True)))
print(list(merge(['kangaroo', 'fish', 'cat'], ['horse', 'dog'], key=len, reverse=True)))
print(list(merge([], [3, 2, 1], [], reverse=True)))

# equal values come out in the order of their inputs (stable)
a = [(1, 'a0'), (2, 'a1'), (2, 'a2')]
b = [(1, 'b0'), (2, 'b1')]
c = [(2, 'c0')]
first = lambda t: t[0]
print(list(merge(a, b, c, key=first)))
print(list(merge(c, b, a, key=first)))
print(list(merge(list(reversed(a)), list(reversed(b)), c, key=first, reverse=True)))

# random sorted inputs agree with sorted()
inputs = [sorted(rand(50) for _ in range(rand(12))) for _ in range(6)]
merged = list(merge(*inputs))
print(merged == sorted(sum(inputs, [])), len(merged))
keyed = list(merge(*[sorted(s, key=lambda v: -v) for s in inputs], key=lambda v: -v))
print(keyed == sorted(sum(inputs, []), reverse=True))
rev = list(merge(*[sorted(s, reverse=True) for s in inputs], reverse=True))
print(rev == keyed)

# merge is lazy
log = []
def source(name, values):
    for v in values:
        log.append((name, v))
        yield v


m = merge(source('x', [1, 4, 9]), source('y', [2, 3, 10]))
print(log)
print(next(m), log)
print(next(m), next(m), log)
print(list(m), log)
print(type(merge([])).__name__)

# key functions are called once per item
calls = []
def k(v):
    calls.append(v)
    return v


print(list(merge([1, 3], [2], key=k)), calls)

# nlargest / nsmallest
data = [rand(1000) for _ in range(60)]
print(nlargest(5, data), nsmallest(5, data))
print(nlargest(5, data) == sorted(data, reverse=True)[:5], nsmallest(7, data) == sorted(data)[:7])
for n in (-1, 0, 1, 2, 59, 60, 61, 100):
    print(n, nlargest(n, data) == sorted(data, reverse=True)[:n], nsmallest(n, data) == sorted(data)[:n],
          len(nsmallest(n, data)))
print(nlargest(3, [1, 2]), nsmallest(1, []), nlargest(1, []), nsmallest(0, [1]), nlargest(-2, [3]))
print(nlargest(2, iter(data)), nsmallest(2, (x for x in data)), nlargest(1, iter([5, 9, 2])))
print(nsmallest(3, 'heapq'), nlargest(3, {4: 'a', 9: 'b', 1: 'c', 7: 'd'}))

# key= and ties: the result equals sorted(..., key=key)[:n] (stable)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'plum', 'lime', 'nut', 'melon']
for n in (1, 2, 3, 4, 6, 10, 11):
    print(n, nsmallest(n, words, key=len), nlargest(n, words, key=len))
    print(nsmallest(n, words, key=len) == sorted(words, key=len)[:n],
          nlargest(n, words, key=len) == sorted(words, key=len, reverse=True)[:n])
pairs = [(rand(5), i) for i in range(40)]
first = lambda p: p[0]
print(nsmallest(8, pairs, key=first))
print(nlargest(8, pairs, key=first))
print(nsmallest(8, iter(pairs), key=first) == sorted(pairs, key=first)[:8])
print(nlargest(8, iter(pairs), key=first) == sorted(pairs, key=first, reverse=True)[:8])
print(nlargest(3, [-5, 2, -8, 7], key=abs), nsmallest(2, [-5, 2, -8, 7], key=abs))


# objects with only __lt__, and ties by identity order
class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return '%d%s' % (self.v, self.tag)


vs = [V(rand(4), chr(97 + i)) for i in range(16)]
print(vs)
print(nsmallest(5, vs), nlargest(5, vs))
print(nsmallest(5, vs, key=lambda o: o.v), nlargest(5, vs, key=lambda o: o.v))
print(nsmallest(1, vs), nlargest(1, vs), nsmallest(1, vs, key=lambda o: -o.v))

# errors
attempt(nlargest, 2)
attempt(nsmallest, 2, 5)
attempt(nlargest, 2, [1, 'a', 2])
attempt(list, merge([1], 5))
attempt(list, merge([1, 2], ['a'], key=None))
