# ctypes foreign functions: calling libc, libm and the test library with and without
# argtypes; CPython's default argument conversions (int, bytes, str, None, ctypes
# instances, _as_parameter_), restype (None, simple types, pointers, a subclass that is
# not converted back, a Python callable), errcheck, argtypes conversion and wrapping,
# functions with many arguments, variadic functions (snprintf into a buffer) called
# with explicitly typed arguments, and the function-pointer object's attributes.
import ctypes
import ctypes.util
import os
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))
libc = CDLL(ctypes.util.find_library('c'))
libm = CDLL(ctypes.util.find_library('m'))

print('--- default conversions (no argtypes, restype c_int)')
print(libc.strlen(b'hello'), libc.abs(-7), libc.atoi(b'  123xyz'), libc.toupper(ord('q')))
print(lib.pj_add_int(2, 3), lib.pj_add_int(-10, 4), lib.pj_add_int(True, False))
print(lib.pj_add_int(2 ** 40 + 3, 0), lib.pj_add_int(-2 ** 63, 5), lib.pj_add_int(2 ** 32 - 1, 0))
print(lib.pj_strlen(b'xyz'), lib.pj_strlen(b''), lib.pj_strlen(None), lib.pj_strlen(b'a\x00bc'))
print(lib.pj_wide_len('h\u20acllo'), lib.pj_wide_len(''), lib.pj_wide_len('\U0001f600'))
print(lib.pj_is_null(None), lib.pj_is_null(0), lib.pj_is_null(b''), lib.pj_is_null(c_void_p()))
print(lib.pj_add_int(c_int(4), c_int(5)), lib.pj_add_int(c_short(-4), c_byte(1)))
print(lib.pj_bool_not(c_bool(True)), lib.pj_bool_not(0), lib.pj_bool_not(True), lib.pj_bool_not(c_bool(False)))
print(libc.strlen('abc'))  # a str is passed as wchar_t*: strlen stops at the first zero byte


class HasParam:
    _as_parameter_ = 21


class Wrapper:
    def __init__(self, v):
        self._as_parameter_ = v


print(lib.pj_add_int(HasParam(), Wrapper(2)), lib.pj_add_int(Wrapper(c_int(5)), 1),
      lib.pj_strlen(Wrapper(b'four')), lib.pj_add_int(Wrapper(Wrapper(3)), 1))

print('--- restype')
add_d = lib.pj_add_double
print(add_d.restype, add_d.argtypes)
add_d.restype = c_double
print(add_d(c_double(1.5), c_double(2.25)), type(add_d(c_double(1), c_double(2))).__name__)
add_d.argtypes = [c_double, c_double]
print(add_d(1, 2), add_d(0.1, 0.2), add_d(True, 2.5), add_d(c_double(1.0), 2))
print(libm.sqrt.restype)
libm.sqrt.restype = libm.pow.restype = libm.floor.restype = c_double
libm.sqrt.argtypes = [c_double]
libm.pow.argtypes = [c_double, c_double]
print(libm.sqrt(2.0), libm.sqrt(16), libm.pow(2, 10), libm.pow(2.0, 0.5), libm.floor(c_double(-2.5)))
libm.ldexp.restype = c_double
libm.ldexp.argtypes = [c_double, c_int]
print(libm.ldexp(0.75, 4), libm.sqrt(-1.0))
sc = lib.pj_scale_float
sc.restype = c_float
sc.argtypes = [c_float, c_float]
print(sc(0.1, 3), sc(1e30, 1e30), type(sc(1, 1)).__name__)
mul = lib.pj_mul_ll
mul.restype = c_longlong
mul.argtypes = [c_longlong, c_longlong]
print(mul(2 ** 31, 2 ** 31), mul(2 ** 62, 2), mul(-3, 2 ** 62), mul(2 ** 64 + 5, 1))
lib.pj_neg_i64.restype = c_int64
lib.pj_neg_i64.argtypes = [c_int64]
lib.pj_u32_max.restype = c_uint32
print(lib.pj_neg_i64(2 ** 40), lib.pj_neg_i64(-2 ** 63), lib.pj_u32_max(), lib.pj_add_uint(2 ** 32 - 1, 2))
lib.pj_add_uint.restype = c_uint
print(lib.pj_add_uint(2 ** 32 - 1, 2), lib.pj_add_uint(-1, 0))

f = lib.pj_add_int
for rt in [c_short, c_ubyte, c_byte, c_uint, c_bool, c_char, c_int32, int, str, hex, lambda v: ('got', v)]:
    f.restype = rt
    print(getattr(rt, '__name__', 'lambda'), repr(f(70000, 1)), repr(f(-1, 0)))


class MyInt(c_int):
    pass


f.restype = MyInt  # subclasses of simple types are returned as instances, not converted
r = f(2, 3)
print(type(r).__name__, r.value)
f.restype = None
print(f(1, 2))
f.restype = c_int
print(f(1, 2))
del f.restype  # deleting restype restores the class default, c_int
print(f.restype, f(1, 2))
f.restype = c_int

g = lib.pj_greeting
g.restype = c_char_p
print(g(), type(g()).__name__)
g.restype = c_void_p
print(type(g()).__name__, g() == g())
g.restype = POINTER(c_char)
p = g()
print(type(p).__name__, p[0], p[:5], p[6:10])
g.restype = c_char_p
wg = lib.pj_wide_greeting
wg.restype = c_wchar_p
print(wg(), ascii(wg()))
en = lib.pj_error_name
en.restype = c_char_p
print([en(i) for i in range(4)])
lib.pj_identity_ptr.restype = c_void_p
print(lib.pj_identity_ptr(None), lib.pj_identity_ptr(0), lib.pj_identity_ptr(c_void_p(4096)))
lib.pj_nothing.restype = None
print(lib.pj_nothing(), lib.pj_nothing.restype)
libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print(libc.strchr(b'hello world', ord('w')), libc.strchr(b'hello', ord('z')))

print('--- argtypes conversions')
f.argtypes = (c_int, c_int)
print(f.argtypes, f(2 ** 40 + 1, 1), f(c_int(5), 1), f(True, True), f(HasParam(), 0))
f.argtypes = [c_int, c_int]
print(type(f.argtypes).__name__)
f.argtypes = None
print(f.argtypes, f(1, 2))
f.argtypes = [c_int, c_int]
del f.argtypes
print(f.argtypes)
cc = lib.pj_count_char
cc.argtypes = [c_char_p, c_char]
print(cc(b'banana', b'a'), cc(b'banana', 110), cc(b'', b'x'))
mix = lib.pj_mix_args
mix.restype = c_double
mix.argtypes = [c_char, c_short, c_int, c_long, c_float, c_double]
print(mix(b'\x01', 2, 3, 4, 0.5, 0.25), mix(0, 70000, -1, 2 ** 40, 1e-3, -1))
many = lib.pj_many_args
many.restype = c_long
many.argtypes = [c_long] * 9 + [c_double] * 9
print(many(*range(1, 10), *[0.5] * 9), many(*[0] * 9, *[1.25] * 9))


class Doubler:
    @classmethod
    def from_param(cls, v):
        return v * 2


f.argtypes = [Doubler, c_int]
print(f(5, 1), f(50, 0))
f.argtypes = [c_int, c_int]
print(f(3, 4), f(3, 4, 99))  # extra arguments beyond argtypes are passed with default conversions

print('--- errcheck')


def check(result, func, args):
    print('  errcheck', result, func.__name__, args, func is f)
    return result * 10


f.errcheck = check
print(f(1, 2), f.errcheck is check)


def check_args(result, func, args):
    return args


f.errcheck = check_args
print(f(5, 2))
del f.errcheck
print(f(5, 2), f.errcheck if hasattr(f, 'errcheck') else '-')
lib.pj_error_name.errcheck = lambda r, fn, a: r.decode() if r is not None else '<none>'
print(lib.pj_error_name(2), lib.pj_error_name(9))

print('--- variadic functions with explicitly typed arguments')
buf = create_string_buffer(64)
n = libc.snprintf(buf, 64, b'%d-%s-%.2f-%ld-%c', c_int(42), b'xy', c_double(3.14159), c_long(-7), c_char(b'Z'))
print(n, buf.value)
n = libc.snprintf(buf, 8, b'%s', b'truncated output')
print(n, buf.value, buf.raw[:9])
n = libc.snprintf(buf, 64, b'%5.1f|%-4d|%x|%lu', c_double(2.25), c_int(7), c_uint(255), c_ulong(2 ** 64 - 1))
print(n, buf.value)
libc.snprintf.argtypes = [c_char_p, c_size_t, c_char_p]
n = libc.snprintf(buf, 64, b'%d|%s|%g', 7, b'q', c_double(0.5))
print(n, buf.value)
print(lib.pj_sum_va(3, 1, 2, 3), lib.pj_sum_va(0), lib.pj_sum_va(5, c_int(10), 20, 30, 40, -100))
lib.pj_sum_va_double.restype = c_double
print(lib.pj_sum_va_double(2, c_double(1.5), c_double(2.25)), lib.pj_sum_va_double(0))

print('--- function objects')
fp = lib.pj_apply
print(fp.__name__, type(fp).__name__, fp.restype.__name__, fp.argtypes, callable(fp))
print(isinstance(fp, ctypes._CFuncPtr), bool(fp), sizeof(fp) == sizeof(c_void_p))
print(cast(fp, c_void_p).value == cast(lib.pj_apply, c_void_p).value,
      cast(lib['pj_apply'], c_void_p).value == cast(fp, c_void_p).value)
proto = CFUNCTYPE(c_int, c_int, c_int)
typed = proto(('pj_add_int', lib))  # a prototype instantiated from (name, library)
print(typed(20, 22), typed.argtypes, typed.restype.__name__, type(typed).__name__)
typed2 = proto(cast(lib.pj_add_int, c_void_p).value)  # ... or from an address
print(typed2(1, 1))
