# Corner cases of built-in constructors and special methods: tuple() of a tuple
# subclass is a new plain tuple; OSError's file names are attributes, not
# arguments; bytes and bytearray expose __getitem__/__len__/__contains__/__iter__;
# types.MethodType binds any callable (and its errors); private names in
# __slots__ are mangled like the attributes methods set.
import types


class T(tuple):
    pass


t = T((1, 2))
c = tuple(t)
print(type(c).__name__, c is t, c == t, tuple(c) is c)

for args in [(2, 'No such file', 'x.txt'), (2, 'msg'), (1, 'a', 'f1', None, 'f2'), ('only',), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
try:
    open('/nonexistent/dir/file')
except OSError as e:
    print(type(e).__name__, e.args, e.filename)

print(bytes.__getitem__(b'ab', 0), bytes.__len__(b'abc'), bytes.__contains__(b'abc', b'b'))
print(list(bytes.__iter__(b'hi')), bytearray.__getitem__(bytearray(b'xyz'), slice(1, None)))


class A:
    def __init__(self, v):
        self.v = v


def f(self, x):
    return self.v + x


m = types.MethodType(f, A(10))
print(m(5), m.__func__ is f, m.__self__.v, type(m).__name__)
print(types.MethodType(len, 'abc')(), types.MethodType(A, 7)().v)
for bad in [(1, 2), (f,), (f, None), (f, 1, 2)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError:', e)


class S:
    __slots__ = ('__x', 'y')

    def __init__(self):
        self.__x = 1
        self.y = 2

    def get(self):
        return self.__x


s = S()
print(s.get(), s.y, S.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError')
