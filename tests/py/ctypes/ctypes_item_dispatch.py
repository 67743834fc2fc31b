# Item access of ctypes arrays and pointers when classes override or change
# their item methods (the interpreter reads simple-typed items straight from C
# memory only while the class uses ctypes' own methods): subclasses with
# __getitem__/__setitem__ written in Python, methods assigned to a class after
# instances were used, negative and out-of-range indices, NULL pointers, and
# char arrays (whose items are bytes).
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


A = c_int * 4
a = A(1, 2, 3, 4)
print(a[0], a[-1], a[3])
err(lambda: a[4])
err(lambda: a[-5])
a[1] = 20
a[-1] = 40
print(list(a))


class Logged(c_double * 3):
    def __getitem__(self, i):
        print('  get', i)
        return super().__getitem__(i) * 10

    def __setitem__(self, i, v):
        print('  set', i, v)
        super().__setitem__(i, v + 1)


b = Logged(1.5, 2.5, 3.5)
print(b[1])
b[2] = 7.0
print(b[2], Array.__getitem__(b, 2))

C = c_short * 3
c = C(5, 6, 7)
print(c[0])
C.__getitem__ = lambda self, i: 'patched %d' % i
print(c[0], c[2])
del C.__getitem__
print(c[0], c[2])

p = pointer(c_long(11))
print(p[0])
p[0] = 12
print(p.contents.value)
q = cast(a, POINTER(c_int))
print(q[0], q[1], q[3])
q[2] = 33
print(a[2])
n = POINTER(c_int)()
err(lambda: n[0])


def setn():
    n[0] = 1


err(setn)
s = create_string_buffer(b'abc')
print(s[0], s[1:3], s[-1])
s[0] = b'z'
print(s.value)
ps = cast(s, POINTER(c_char))
print(ps[0], ps[2])
ps[1] = b'Y'
print(s.value)
