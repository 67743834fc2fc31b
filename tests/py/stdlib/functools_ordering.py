# functools: total_ordering (each root method, NotImplemented propagation,
# the names of the generated methods, the no-ordering ValueError),
# cmp_to_key (sorting, min/max, the key objects' comparisons and .obj, the
# "other argument must be K instance" error) and cached_property (caching in
# the instance dict, invalidation by del, __set_name__ rules, errors).
from functools import total_ordering, cmp_to_key, cached_property


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


def make(root):
    ns = {
        '__init__': lambda self, v: setattr(self, 'v', v),
        '__eq__': lambda self, other: isinstance(other, type(self)) and self.v == other.v,
        '__hash__': lambda self: hash(self.v),
        '__repr__': lambda self: '%s(%r)' % (type(self).__name__, self.v),
    }
    ops = {
        '__lt__': lambda self, other: self.v < other.v if isinstance(other, type(self)) else NotImplemented,
        '__le__': lambda self, other: self.v <= other.v if isinstance(other, type(self)) else NotImplemented,
        '__gt__': lambda self, other: self.v > other.v if isinstance(other, type(self)) else NotImplemented,
        '__ge__': lambda self, other: self.v >= other.v if isinstance(other, type(self)) else NotImplemented,
    }
    ns[root] = ops[root]
    return total_ordering(type('By' + root.strip('_'), (), ns))


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    cls = make(root)
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, [a < b, a <= b, a > b, a >= b], [a < c, a <= c, a > c, a >= c],
          [b < a, b <= a, b > a, b >= a])
    print(sorted([cls(3), cls(1), cls(2)]), max(cls(5), cls(7)), min(cls(5), cls(7)))
    print(sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in cls.__dict__))
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if name != root:
            print(' ', name, cls.__dict__[name].__name__, cls.__dict__[name](a, 'other'))
    attempt(lambda: a < 'x')
    attempt(lambda: a >= 5)


# several roots defined: the existing ones are kept, __lt__ preferred
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return 'own le'

    def __eq__(self, other):
        return self.v == other.v


print(Both(1) <= Both(2), Both(1) < Both(2), Both(3) >= Both(3), Both(3) > Both(1))
print(Both.__lt__.__name__, Both.__ge__.__name__)

# inherited ordering counts as defined
class Base:
    def __lt__(self, other):
        return self.v < other.v


@total_ordering
class Derived(Base):
    def __init__(self, v):
        self.v = v


print(Derived(1) > Derived(2), Derived(2) >= Derived(2), Derived(1) <= Derived(5))

try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)


# cmp_to_key
def numeric(a, b):
    return (a > b) - (a < b)


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -numeric(a, b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'plum']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
print(min([5, 2, 9], key=cmp_to_key(numeric)), max([5, 2, 9], key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
k1, k2, k3 = K(1), K(2), K(1)
print(k1 < k2, k1 <= k2, k1 > k2, k1 >= k2, k1 == k3, k1 != k3, k1 == k2)
print(k1.obj, k2.obj, K.obj, type(k1).__name__, type(k1) is type(K))
k1.obj = 7
print(k1.obj, k1 > k2)
print(sorted([K(3), K(1), K(2)])[0].obj)
attempt(lambda: k1 < 5)
attempt(lambda: k1 == 'x')
list_of_lists = [[3, 1], [1, 2], [2, 0]]
list_of_lists.sort(key=cmp_to_key(lambda a, b: a[1] - b[1]))
print(list_of_lists)
# mixing key objects of two cmp_to_key calls uses the left one's function
other = cmp_to_key(lambda a, b: 0)
print(K(1) < other(2), other(1) < K(2))
print(K(1).__lt__(K(2)), K(3).__eq__(K(3)))


# cached_property
class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        "The sum of the values."
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print('total' in d.__dict__, d.total, d.total, d.computed, 'total' in d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)
print(Data.total.func.__name__)
e = Data([10])
print(e.total, d.total)


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def prop(self):
        return 1


attempt(lambda: Slotted().prop)

loose = cached_property(lambda self: 1)
attempt(loose.__get__, Data([]))
print(loose.__get__(None, Data) is loose)


class Alias:
    @cached_property
    def first(self):
        return 'first'


prop = Alias.__dict__['first']
print(prop.attrname)
prop.__set_name__(Alias, 'first')
try:
    prop.__set_name__(Alias, 'other')
except TypeError as e:
    print(type(e).__name__, e)
print(Alias().first)
try:
    class Twice:
        one = cached_property(lambda self: 1)
        two = one
except Exception as e:
    # CPython 3.11 wraps the TypeError of __set_name__ in a RuntimeError
    cause = e.__cause__ if isinstance(e, RuntimeError) else e
    print(type(cause).__name__, cause)
