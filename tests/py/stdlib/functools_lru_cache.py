# functools: lru_cache (bare decorator, maxsize=None/0/n, negative maxsize,
# typed, keyword arguments, LRU eviction order, recursion, exceptions),
# cache_info() (CacheInfo named tuple and its repr), cache_clear,
# cache_parameters, __wrapped__, methods, and functools.cache.
import functools
from functools import lru_cache, cache

calls = []


@lru_cache
def square(x):
    calls.append(x)
    return x * x


print(square(3), square(3), square(4), square(3))
print(calls)
info = square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[-1], len(info), info[:2], list(info))
print(isinstance(info, tuple), type(info).__name__)
print(info == (2, 2, 128, 2), info._fields)
print(info._asdict())
print(info._replace(hits=99))
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize - currsize)
print(square.cache_parameters())
print(square.__name__, square.__wrapped__(5), calls[-1])
square.cache_clear()
print(square.cache_info())
print(square(3), calls)


# explicit maxsize: least recently used entries are evicted first
@lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x


calls.clear()
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    ident(x)
print(calls, ident.cache_info())
print(ident.cache_parameters())


# maxsize=None: unbounded
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.cache_parameters())


# maxsize=0: nothing is cached; negative means 0
@lru_cache(maxsize=0)
def nocache(x):
    calls.append(('nocache', x))
    return x


calls.clear()
nocache(1)
nocache(1)
print(calls, nocache.cache_info())
neg = lru_cache(maxsize=-5)(lambda x: x)
neg(1)
neg(1)
print(neg.cache_info())

# small bounded cache with recursion
@lru_cache(maxsize=2)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), fact.cache_info())


# typed
@lru_cache(typed=True)
def typed_f(x):
    calls.append(repr(x))
    return x


calls.clear()
typed_f(1)
typed_f(1.0)
typed_f(True)
typed_f(1)
print(calls, typed_f.cache_info())
print(typed_f.cache_parameters())


# untyped: a lone int or str argument is its own key, so f(1) and f(1.0)
# are separate entries, but f(1.0) and f(True, ) share the tuple form
@lru_cache
def untyped(x):
    calls.append(repr(x))
    return x


calls.clear()
print(untyped(1), untyped(1.0), untyped(1.0), untyped(True), untyped(1))
print(calls, untyped.cache_info())


# keyword arguments: order matters, positional and keyword forms differ
@lru_cache(maxsize=10)
def kw(a, b=2, *, c=3):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw(1, c=3), kw(1, c=3))
print(calls, kw.cache_info())

# unhashable arguments
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
print(kw.cache_info())


# exceptions are not cached
@lru_cache
def failing(x):
    calls.append(x)
    raise ValueError('bad %s' % x)


calls.clear()
for _ in range(2):
    try:
        failing(1)
    except ValueError as e:
        print(type(e).__name__, e)
print(calls, failing.cache_info())

# used on methods
class Point:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    @lru_cache(maxsize=16)
    def scaled(self, k):
        calls.append(('scaled', self.x, k))
        return self.x * k


calls.clear()
p, q = Point(2), Point(2)
print(p.scaled(3), q.scaled(3), p.scaled(4))
print(calls, Point.scaled.cache_info())


# functools.cache
@cache
def cached(n):
    calls.append(n)
    return n * 10


calls.clear()
print(cached(1), cached(2), cached(1))
print(calls, cached.cache_info())
print(cached.cache_parameters(), cached.__name__)


# documentation is preserved
@lru_cache(32)
def documented(x):
    "Docs here."
    return x


print(documented.__doc__, documented.__name__, documented.__qualname__)
print(documented.cache_info())

# bad arguments
for bad in ('a', 1.5):
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lru_cache(maxsize=None, typed=False)(1)
except TypeError as e:
    print(type(e).__name__, e)

# zero-argument functions
@lru_cache
def constant():
    calls.append('constant')
    return 42


calls.clear()
print(constant(), constant(), calls, constant.cache_info())
