# operator: every function of the 3.11 module on built-in and user types
# (comparisons, logic, arithmetic, bitwise, sequence functions, in-place
# forms, index, length_hint, call), the dunder aliases, __all__, and the
# error messages of common misuse.
import operator


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(len(operator.__all__), sorted(operator.__all__) == sorted(set(operator.__all__)))
missing = [name for name in operator.__all__ if not callable(getattr(operator, name))]
print(missing)

# comparisons
for name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt'):
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f(3, 2), f('a', 'b'), f((1, 2), (1, 3)), f.__name__)
attempt(operator.lt, 1, 'a')
attempt(operator.eq, 1, 'a')

# logic
print(operator.not_(0), operator.not_([1]), operator.truth(''), operator.truth([0]))
x = [1]
print(operator.is_(x, x), operator.is_(x, [1]), operator.is_not(x, [1]), operator.is_not(None, None))

# arithmetic
print(operator.abs(-5), operator.abs(-2.5), operator.abs(3 + 4j))
print(operator.add(2, 3), operator.add('a', 'b'), operator.add([1], [2]))
print(operator.sub(5, 7), operator.mul(6, 7), operator.mul('ab', 3), operator.mul(3, [0]))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.mod('%s-%s', (1, 2)), operator.pow(2, 10), operator.pow(2, -1), operator.pow(2.0, 0.5))
print(operator.neg(5), operator.pos(-5), operator.neg(-0.0), operator.inv(5), operator.invert(-1))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}))
print(operator.and_(True, False), operator.or_(True, False), operator.xor(True, True))
attempt(operator.add, 1, 'a')
attempt(operator.truediv, 1, 0)
attempt(operator.mod, 1, 0)
attempt(operator.neg, 'a')
attempt(operator.inv, 1.5)
attempt(operator.lshift, 1, -1)


class Mat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Mat(self.v * other.v)

    def __imatmul__(self, other):
        self.v += other.v
        return self

    def __repr__(self):
        return 'Mat(%r)' % self.v


print(operator.matmul(Mat(2), Mat(3)))
m = Mat(2)
print(operator.imatmul(m, Mat(5)), m)
attempt(operator.matmul, 1, 2)

# sequences
print(operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.concat((1,), (2,)), operator.concat(b'a', b'b'))
attempt(operator.concat, 1, 2)
attempt(operator.concat, {}, {})
attempt(operator.concat, range(1), range(2))
attempt(operator.concat, [1], (2,))
attempt(operator.concat, 'a', 1)


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(self.items + list(other.items))

    def __repr__(self):
        return 'Seq(%r)' % self.items


class NotSeq:
    def __add__(self, other):
        return 'added'


print(operator.concat(Seq([1]), Seq([2])))
attempt(operator.concat, NotSeq(), NotSeq())
print(NotSeq() + NotSeq())
print(operator.contains([1, 2], 2), operator.contains('abc', 'bc'), operator.contains({'k': 1}, 'v'))
attempt(operator.contains, 1, 1)
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf('banana', 'a'), operator.countOf(iter([]), 1))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf('abc', 'b'), operator.indexOf((x for x in range(10)), 4))
attempt(operator.indexOf, [1, 2], 3)
attempt(operator.countOf, 5, 1)
attempt(operator.indexOf, None, 1)
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([1, nan], nan))

d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'a'), d)
operator.delitem(d, 'a')
print(d)
lst = list(range(10))
print(operator.getitem(lst, slice(2, 8, 2)), operator.getitem('hello', -1))
operator.setitem(lst, slice(0, 5), ['x'])
print(lst)
operator.delitem(lst, slice(1, None, 2))
print(lst)
attempt(operator.getitem, [1], 5)
attempt(operator.getitem, {}, 'k')
attempt(operator.getitem, [1], 'a')
attempt(operator.setitem, (1,), 0, 2)
attempt(operator.delitem, [], 0)

# index
print(operator.index(5), operator.index(True), type(operator.index(True)).__name__, operator.index(-2 ** 70))


class Idx:
    def __index__(self):
        return 3


print(operator.index(Idx()), [10, 20, 30, 40][Idx()])
attempt(operator.index, 1.5)
attempt(operator.index, '3')
attempt(operator.index, None)

# length_hint


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


class LenFails:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 7


print(operator.length_hint([1, 2, 3]), operator.length_hint('abcd'), operator.length_hint({}))
print(operator.length_hint(Hinted(4)), operator.length_hint(Hinted(NotImplemented), 9))
print(operator.length_hint(5), operator.length_hint(5, 11), operator.length_hint(LenFails()))
print(operator.length_hint(x for x in []), operator.length_hint(range(5)))
attempt(operator.length_hint, Hinted(-1))
attempt(operator.length_hint, Hinted('x'))
attempt(operator.length_hint, [], 'a')
attempt(operator.length_hint, [], 1.5)

# call
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True), operator.call(dict, a=1))

# in-place forms: mutable objects are changed, immutable ones are not
a = [1]
r = operator.iadd(a, [2])
print(r, a, r is a)
s = 'ab'
print(operator.iadd(s, 'c'), s)
t = (1,)
print(operator.iconcat(t, (2,)), t)
a = [1]
print(operator.iconcat(a, (2, 3)), a)
attempt(operator.iconcat, 1, [2])
attempt(operator.iconcat, [1], 5)
print(operator.isub(10, 3), operator.imul(4, 5), operator.imul([1], 2), operator.itruediv(9, 2))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 4), operator.ilshift(1, 4))
print(operator.irshift(64, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
st = {1, 2}
print(operator.iand(st, {2}), operator.ior(st, {5}), operator.ixor(st, {5, 6}), operator.isub(st, {2}), st)

# dunder aliases
for name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'abs', 'add', 'and', 'floordiv', 'index',
             'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or', 'pos', 'pow',
             'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains', 'delitem', 'getitem',
             'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul',
             'imatmul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'not', 'call'):
    plain = getattr(operator, name, None) or getattr(operator, name + '_')
    dunder = getattr(operator, '__%s__' % name)
    if dunder is not plain:
        print('alias mismatch', name)
print(operator.__add__(1, 2), operator.__not__(1), operator.__getitem__('xy', 1), operator.__call__(len, 'abc'))
print(operator.__add__.__name__, operator.__inv__.__name__, operator.invert.__name__, operator.__call__.__name__)
print(hasattr(operator, '__truth__'), hasattr(operator, '__is__'), hasattr(operator, '__countOf__'))

# used as key functions and with map
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=operator.itemgetter(1)))
