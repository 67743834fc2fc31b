# functools: singledispatch (register by type, by annotation, as a decorator
# factory and with an explicit function; dispatch along the MRO; .registry,
# .dispatch, _clear_cache; ABCs with virtual subclasses; error messages) and
# singledispatchmethod.
import abc
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj):
    "Describe an object."
    return 'object'


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


def describe_str(obj, suffix=''):
    return 'str ' + obj + suffix


result = describe.register(str, describe_str)
print(result is describe_str)


@describe.register
def _(obj: 'float'):
    return 'float (string annotation)'


print(describe(3), describe(True), describe([1, 2]), describe('s'), describe('s', suffix='!'))
print(describe(2.5), describe(None), describe({}), describe(object()))
print(describe.__name__, describe.__doc__, describe.__wrapped__(5))
print(sorted(cls.__name__ for cls in describe.registry))
print(describe.registry[object] is describe.__wrapped__, len(describe.registry))
print(int in describe.registry, dict in describe.registry, describe.registry.get(dict))
print(describe.dispatch(bool) is describe.registry[int], describe.dispatch(dict) is describe.registry[object])
try:
    describe.registry[dict] = None
except TypeError as e:
    print(type(e).__name__)


# MRO dispatch with user classes
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


@singledispatch
def which(obj):
    return 'default'


which.register(A, lambda obj: 'A')
which.register(C, lambda obj: 'C')
print(which(A()), which(B()), which(C()), which(D()), which(1))
print([k.__name__ for k in D.__mro__])
which.register(B, lambda obj: 'B')
print(which(B()), which(D()))
which.register(D, lambda obj: 'D')
print(which(D()))


# subclasses of built-ins
class MyInt(int):
    pass


class MyList(list):
    pass


print(describe(MyInt(7)), describe(MyList([1, 2, 3])))


# ABCs and virtual subclasses
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


class Blob:
    pass


Shape.register(Blob)


@singledispatch
def kind(obj):
    return 'unknown'


@kind.register
def _(obj: Shape):
    return 'shape'


print(kind(Square()), kind(Blob()), kind(3))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True if hasattr(other, '__len__') else NotImplemented


kind.register(Sized, lambda obj: 'sized')
print(kind([1]), kind('x'), kind(5))
kind.register(list, lambda obj: 'list')
print(kind([1]), kind('x'))


# errors
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register('notaclass', lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(42)
except TypeError as e:
    print(type(e).__name__, e)


def bad_annotation(x: 5):
    pass


try:
    describe.register(bad_annotation)
except TypeError as e:
    print(type(e).__name__, e)


def only_return(x) -> bytes:
    return 'bytes via return annotation'


describe.register(only_return)
print(describe(b'x'))


@singledispatch
def nameless(x):
    return 1


print(nameless(1))


# singledispatchmethod
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return '%s: object %r' % (self.prefix, arg)

    @fmt.register
    def _(self, arg: int):
        return '%s: int %d' % (self.prefix, arg)

    @fmt.register(list)
    def _(self, arg):
        return '%s: list %r' % (self.prefix, arg)


f = Formatter('F')
print(f.fmt(1), '|', f.fmt([1]), '|', f.fmt('s'), '|', f.fmt(True))
print(Formatter.fmt.__name__, f.fmt.__name__)


class SubFormatter(Formatter):
    @Formatter.fmt.register
    def _(self, arg: float):
        return '%s: float %r' % (self.prefix, arg)


print(SubFormatter('S').fmt(1.5), f.fmt(2.5))
try:
    singledispatchmethod(1)
except TypeError as e:
    print(type(e).__name__, e)
