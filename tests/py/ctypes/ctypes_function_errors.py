# ctypes function-call errors: ctypes.ArgumentError (its class, args and CPython's
# "argument N: <Type>: <message>" text) for unconvertible arguments with and without
# argtypes, exceptions raised by from_param, TypeError for too few arguments and for
# keyword arguments, the 1024-argument limit, bad argtypes/restype/errcheck values,
# exceptions raised by a restype callable or by errcheck, and prototype misuse.
import ctypes
import os
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))


def err(f):
    try:
        r = f()
        print('no error:', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', str(e).replace(HERE, '<dir>'))


print([k.__name__ for k in ctypes.ArgumentError.__mro__], ctypes.ArgumentError.__module__)
e = ctypes.ArgumentError('x')
print(e, repr(e), e.args)

print('--- no argtypes: default conversions fail')
add = lib.pj_add_int
err(lambda: add(1.5, 3))
err(lambda: add(3, 1.5))
err(lambda: add([], 3))
err(lambda: add(object(), 3))
err(lambda: add(bytearray(b'x'), 3))
err(lambda: add(1, 2, {}))
err(lambda: add(2 ** 70, 3))
err(lambda: add(-2 ** 64 - 1, 3))
err(lambda: add(1j, 3))
err(lambda: lib.pj_sum_va_double(2, 1.5, 2.25))


class Bad:
    def __init__(self, v):
        self._as_parameter_ = v


err(lambda: add(Bad(1.5), 1))
err(lambda: add(Bad([]), 1))
try:
    add(1, 2.5)
except ctypes.ArgumentError as exc:
    print(type(exc).__name__, exc.args, isinstance(exc, Exception), exc.__cause__, exc.__context__)

print('--- with argtypes')
add.argtypes = [c_int, c_int]
err(lambda: add(1.5, 2))
err(lambda: add(1, 'x'))
err(lambda: add(1, None))
err(lambda: add(c_long(5), 1))
err(lambda: add(c_uint(5), 1))
err(lambda: add(c_double(5), 1))
err(lambda: add(b'5', 1))
err(lambda: add(Bad(2.5), 1))
err(lambda: add(1))
err(lambda: add())
err(lambda: add(a=1, b=2))
err(lambda: add(1, b=2))
cnt = lib.pj_count_char
cnt.argtypes = [c_char_p, c_char]
err(lambda: cnt(b'banana', 'a'))
err(lambda: cnt('banana', b'a'))
err(lambda: cnt(b'banana', b'an'))
wl = lib.pj_wide_len
wl.argtypes = [c_wchar_p]
err(lambda: wl(b'bytes'))
err(lambda: wl(5.0))
dbl = lib.pj_add_double
dbl.restype = c_double
dbl.argtypes = [c_double, c_double]
err(lambda: dbl('x', 2))
err(lambda: dbl(1, None))
err(lambda: dbl(1, 2 ** 2000))
vp = lib.pj_is_null
vp.argtypes = [c_void_p]
err(lambda: vp('x'))
err(lambda: vp(1.5))
err(lambda: vp(c_int(1)))
print(vp(None), vp(0), vp(b'x'))
pp = lib.pj_sum_ints
pp.argtypes = [POINTER(c_int), c_int]
err(lambda: pp((c_double * 2)(), 2))
err(lambda: pp(pointer(c_long(1)), 1))
err(lambda: pp([1, 2], 2))
err(lambda: pp(b'ab', 2))
err(lambda: pp(byref((c_int * 4)(), 4), 2))
# a c_int instance where POINTER(c_int) is expected is passed by reference automatically
print(pp((c_int * 3)(1, 2, 3), 3), pp(byref(c_int(7)), 1), pp(pointer(c_int(8)), 1), pp(None, 0), pp(c_int(9), 1))


class Conv:
    @classmethod
    def from_param(cls, v):
        if v == 0:
            raise ValueError('zero not allowed')
        if v == 1:
            raise KeyError('one')
        return v


add.argtypes = [c_int, Conv]
err(lambda: add(1, 0))
err(lambda: add(1, 1))
print(add(1, 5))
add.argtypes = [c_int, c_int]

print('--- argument count limit')
add.argtypes = None
err(lambda: add(*range(1025)))
add.argtypes = [c_int, c_int]
err(lambda: add(*range(2000)))

print('--- bad attribute values')
err(lambda: setattr(add, 'argtypes', 5))
err(lambda: setattr(add, 'argtypes', 'ii'))
err(lambda: setattr(add, 'argtypes', [5]))
err(lambda: setattr(add, 'argtypes', [int]))
err(lambda: setattr(add, 'argtypes', [c_int, 'x']))
err(lambda: setattr(add, 'argtypes', (c_int, c_int, None)))
err(lambda: setattr(add, 'restype', 5))
err(lambda: setattr(add, 'restype', 'c_int'))
err(lambda: setattr(add, 'errcheck', 5))
err(lambda: setattr(add, 'errcheck', None))
print(add.argtypes, add.restype.__name__, add(1, 2))

print('--- exceptions from restype and errcheck propagate')
add.restype = lambda v: 1 / v
err(lambda: add(0, 0))
add.restype = c_int


def check(result, func, args):
    raise KeyError('errcheck %d' % result)


add.errcheck = check
err(lambda: add(3, 4))
add.errcheck = lambda result, func: result
err(lambda: add(3, 4))
del add.errcheck
print(add(3, 4))

print('--- prototypes')
proto = CFUNCTYPE(c_int, c_int, c_int)
err(lambda: proto(('pj_no_such_function', lib)))
err(lambda: proto(('pj_add_int',)))
err(lambda: proto(('pj_add_int', 5)))
err(lambda: proto('pj_add_int'))
err(lambda: proto(1.5))
err(lambda: proto(1, 2, 3))
typed = proto(('pj_add_int', lib))
err(lambda: typed(1))
err(lambda: typed(1, 'x'))
err(lambda: typed(1, 2, 3))
print(typed(1, 2))
err(lambda: CFUNCTYPE(c_int, 5))
err(lambda: CFUNCTYPE(5, c_int))
err(lambda: CFUNCTYPE(c_int, int))
err(lambda: CFUNCTYPE(c_int, c_int)(lambda x: x)(1, 2))
err(lambda: ctypes._CFuncPtr())
