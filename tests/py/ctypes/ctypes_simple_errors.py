# ctypes simple-type errors: CPython's exact exception types and messages for wrong
# constructor arguments and wrong .value assignments of every simple type, from_param
# rejections, sizeof/alignment of non-ctypes objects, array-type creation with bad
# lengths, and defining a _SimpleCData subclass with a missing or bad _type_.
import ctypes
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- constructors')
for t, args in [(c_int, ('x',)), (c_int, (1.5,)), (c_int, (None,)), (c_int, (1, 2)), (c_uint, (1.0,)),
                (c_long, (b'x',)), (c_byte, ('a',)), (c_int, (1j,)), (c_int, (b'\x01\x00\x00\x00',)),
                (c_int, (c_int(5),)), (c_ulonglong, ([],)), (c_bool, (1, 2)),
                (c_char, ('a',)), (c_char, (b'ab',)), (c_char, (b'',)), (c_char, (256,)), (c_char, (-1,)),
                (c_char, (1.0,)), (c_char, (None,)),
                (c_wchar, (b'a',)), (c_wchar, ('ab',)), (c_wchar, ('',)), (c_wchar, (5,)), (c_wchar, (None,)),
                (c_float, ('x',)), (c_float, (None,)), (c_double, ('1.5',)), (c_double, (2 ** 2000,)),
                (c_float, (2 ** 2000,)), (c_float, (b'x',)), (c_float, (1j,)), (c_double, (c_double(5),)),
                (c_char_p, ('abc',)), (c_char_p, (bytearray(b'ab'),)), (c_char_p, (1.5,)),
                (c_char_p, (c_char_p(b'x'),)), (c_wchar_p, (b'abc',)), (c_wchar_p, (bytearray(),)),
                (c_wchar_p, (3.5,)), (c_void_p, ('abc',)), (c_void_p, (b'abc',)), (c_void_p, (1.5,)),
                (c_void_p, (object(),)), (c_void_p, (c_int(1),)), (c_void_p, (c_void_p(5),))]:
    print(t.__name__, end=' ')
    err(lambda: t(*args))


class Flt:
    def __float__(self):
        return 2.5


err(lambda: c_int(Flt()))
err(lambda: ctypes._SimpleCData())
err(lambda: ctypes._SimpleCData(1))

print('--- value assignment')
for t, v in [(c_int, 1.5), (c_int, 'a'), (c_uint, None), (c_double, None), (c_double, '1'), (c_float, []),
             (c_char, 'a'), (c_char, 300), (c_char, b'xy'), (c_wchar, 'ab'), (c_wchar, b'a'),
             (c_char_p, 'str'), (c_char_p, 3.5), (c_wchar_p, b'x'), (c_wchar_p, 3.5), (c_void_p, 'x'),
             (c_void_p, 2.0)]:
    print(t.__name__, repr(v), end=' ')
    err(lambda: setattr(t(), 'value', v))
err(lambda: delattr(c_int(1), 'value'))
err(lambda: delattr(c_char_p(), 'value'))
err(lambda: c_int(1).nosuch)
err(lambda: c_int.nosuch)

print('--- operations that simple instances do not support')
err(lambda: c_int(1) < c_int(2))
err(lambda: c_int(1) + 1)
err(lambda: -c_int(1))
err(lambda: c_int()[0])
err(lambda: len(c_int()))
err(lambda: iter(c_int()))
err(lambda: c_char_p(b'x')[0])
err(lambda: hash(c_int(5)))
err(lambda: int(c_int(3)))
err(lambda: float(c_double(1.0)))
err(lambda: c_int(1).value(1))

print('--- from_param')
for t, v in [(c_int, None), (c_int, 1.5), (c_int, b'x'), (c_int, 'x'), (c_int, c_long(3)),
             (c_double, '5'), (c_double, None), (c_float, None), (c_char, 'x'), (c_char, b'ab'),
             (c_wchar, 5), (c_char_p, 5), (c_char_p, 'x'), (c_wchar_p, b'x'), (c_void_p, 1.5),
             (c_void_p, object())]:
    print(t.__name__, type(v).__name__, end=' ')
    err(lambda: t.from_param(v))
err(lambda: ctypes._SimpleCData.from_param(1))

print('--- sizeof, alignment, array types')
err(lambda: sizeof(int))
err(lambda: sizeof(5))
err(lambda: sizeof('c_int'))
err(lambda: sizeof())
err(lambda: sizeof(c_int, c_int))
err(lambda: alignment(5))
err(lambda: alignment(int))
err(lambda: alignment(None))
err(lambda: c_int * -1)
err(lambda: c_int * 1.5)
err(lambda: c_int * 'a')
err(lambda: 'a' * c_int)
err(lambda: c_int * (2 ** 70))

print('--- defining simple types')


def mk(**kw):
    return type('X', (ctypes._SimpleCData,), kw)


err(lambda: mk())
err(lambda: mk(_type_=5))
err(lambda: mk(_type_=b'i'))
err(lambda: mk(_type_='ii'))
err(lambda: mk(_type_=''))
err(lambda: mk(_type_='x'))
X = mk(_type_='h')
print(X.__name__, sizeof(X), X(70000).value, X.__mro__[1].__name__)
