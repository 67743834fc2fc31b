# ctypes callbacks: CFUNCTYPE prototypes (caching, attributes, _flags_), wrapping Python
# callables, calling them from Python and from C (the test library and libc's qsort
# sorting a ctypes array and an array of structures), argument conversion in callbacks
# (ints, doubles, bytes for c_char_p, pointers), nested and recursive callbacks through
# C, exceptions in a callback (reported through sys.unraisablehook, or written to
# sys.stderr, captured here with io.StringIO; the C caller carries on), bad return
# values, callback lifetime (kept alive by Python references), and creation errors.
import ctypes
import ctypes.util
import gc
import io
import os
import re
import sys
import weakref
from ctypes import *

HERE = os.path.dirname(os.path.abspath(__file__))
lib = CDLL(os.path.join(HERE, '_lib', 'libpjtest.so'))
libc = CDLL(ctypes.util.find_library('c'))


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- prototypes')
CB = CFUNCTYPE(c_int, c_int)
print(CB.__name__, CB._restype_.__name__, CB._argtypes_, CB._flags_ == ctypes._FUNCFLAG_CDECL, sizeof(CB))
print([k.__name__ for k in CB.__mro__], CFUNCTYPE(c_int, c_int) is CB, CFUNCTYPE(c_int, c_int, use_errno=True) is CB)
print(CFUNCTYPE(None)._restype_, CFUNCTYPE(None)._argtypes_, CFUNCTYPE(c_double, c_double, c_double)._argtypes_)
cb = CB(lambda x: x * 3)
print(type(cb).__name__, cb.restype.__name__, cb.argtypes, callable(cb), bool(cb), bool(CB()))
print(cb(5), cb(-2), cb(2 ** 31), lib.pj_apply(cb, 7), lib.pj_apply_twice(cb, 2))
print(cb(c_int(4)), cb(True))

print('--- C calling Python')
lib.pj_map_sum.restype = c_long
print(lib.pj_map_sum(CB(lambda v: v * v), (c_int * 4)(1, 2, 3, 4), 4))
FOLD = CFUNCTYPE(c_double, c_double, c_double)
lib.pj_fold.restype = c_double
print(lib.pj_fold(FOLD(lambda acc, v: acc * 2 + v), (c_double * 3)(1, 2, 3), 3, c_double(0.5)))
print(lib.pj_fold(FOLD(max), (c_double * 4)(3, -1, 9.5, 2), 4, c_double(-1e300)))
words = []
WORD = CFUNCTYPE(None, c_char_p, c_int)
print(lib.pj_each_word(b'  alpha beta   gamma ', WORD(lambda w, i: words.append((i, w)))))
print(words)
seen = []
lib.pj_each_word(b'x', CFUNCTYPE(None, c_void_p, c_int)(lambda w, i: seen.append((type(w).__name__, i))))
lib.pj_each_word(b'hello', CFUNCTYPE(None, POINTER(c_char), c_int)(lambda w, i: seen.append((type(w).__name__, w[:5]))))
print(seen)


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


VISIT = CFUNCTYPE(c_int, POINTER(Point))


def visit(p):
    p.contents.x *= 10
    p[0].y += 1
    return 7


print(lib.pj_visit_point(VISIT(visit), 2, 3))
args = []
MIXED = CFUNCTYPE(None, c_double, c_float, c_char, c_bool, c_ubyte, c_short, c_char_p, c_longlong)
MIXED(lambda *a: args.append(a))(1.5, 2.5, b'x', 7, 300, -70000, b'str', 2 ** 40)
print(args)
print(CFUNCTYPE(c_double, c_int)(lambda v: v / 4)(3), CFUNCTYPE(c_bool, c_int)(lambda v: v)(5),
      CFUNCTYPE(c_char, c_int)(lambda v: v)(66), CFUNCTYPE(c_ubyte, c_int)(lambda v: v)(258),
      CFUNCTYPE(c_int, c_int)(lambda v: 2 ** 40 + v)(7), CFUNCTYPE(c_void_p)(lambda: 4096)(),
      CFUNCTYPE(c_float, c_float)(lambda v: v * 2)(0.1))
print(CFUNCTYPE(None, c_int)(lambda v: 'ignored')(1))

print('--- qsort')
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = [0]


def cmp(a, b):
    calls[0] += 1
    return a[0] - b[0]


arr = (c_int * 8)(5, 1, 4, 2, 3, 0, -7, 42)
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMP]
libc.qsort.restype = None
libc.qsort(arr, len(arr), sizeof(c_int), CMP(cmp))
print(list(arr), calls[0] > 0)
libc.qsort(arr, len(arr), sizeof(c_int), CMP(lambda a, b: b.contents.value - a.contents.value))
print(list(arr))
PCMP = CFUNCTYPE(c_int, POINTER(Point), POINTER(Point))
pts = (Point * 4)((3, 1), (1, 9), (2, 5), (1, 2))
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, PCMP]
libc.qsort(pts, 4, sizeof(Point), PCMP(lambda a, b: (a[0].x, a[0].y) > (b[0].x, b[0].y) or -((a[0].x, a[0].y) < (b[0].x, b[0].y))))
print([(p.x, p.y) for p in pts])
DCMP = CFUNCTYPE(c_int, c_void_p, c_void_p)
da = (c_double * 5)(2.5, -1.0, 9.75, 0.0, 3.25)


def dcmp(a, b):
    x = c_double.from_address(a).value
    y = c_double.from_address(b).value
    return (x > y) - (x < y)


libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, DCMP]
libc.qsort(da, 5, sizeof(c_double), DCMP(dcmp))
print(list(da))

print('--- nesting and recursion through C')


def outer(x):
    return lib.pj_apply(CB(lambda y: y * 2), x) + 1


print(lib.pj_apply(CB(outer), 10))


def fact(n):
    return 1 if n <= 1 else n * lib.pj_apply(FACT, n - 1)


FACT = CB(fact)
print(lib.pj_apply(FACT, 6), FACT(10))

print('--- exceptions in callbacks (sys.unraisablehook)')


def hook(u):
    print('  hook:', u.err_msg, '|', getattr(u.object, '__name__', type(u.object).__name__), '|',
          type(u.exc_value).__name__, u.exc_value, '|', u.exc_traceback is not None)


sys.unraisablehook = hook


def word(w, i):
    if i == 1:
        raise KeyError(w)
    print('  word', w, i)


print(lib.pj_each_word(b'alpha beta gamma', WORD(word)))


def boom(x):
    raise ValueError('bad %d' % x)


r = lib.pj_apply(CB(boom), 4)  # the C caller gets an unspecified int
print(type(r).__name__)
lib.pj_apply(CB(lambda x: 'not an int'), 3)
lib.pj_apply(CB(lambda x: None), 3)
lib.pj_apply(CB(lambda x: 1.5), 3)
lib.pj_apply(CB(lambda: 1), 3)
lib.pj_apply(CB(lambda x, y: 1), 3)
CFUNCTYPE(None, c_int)(lambda v: 1 / 0)(1)  # calling directly from Python: not raised either
print(CFUNCTYPE(c_int)(lambda: (CFUNCTYPE(None)(lambda: [][1])(), 5)[1])())
sys.unraisablehook = sys.__unraisablehook__

print('--- exceptions in callbacks (default hook writes to sys.stderr)')


def capture(f):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        f()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = old
    lines = text.splitlines()
    first = re.sub(r' at 0x[0-9a-fA-F]+', '', lines[0])
    print('  ', first)
    print('  ', lines[1], '...', lines[-1], '|', len([ln for ln in lines if ln.startswith('  File ')]) >= 1)


capture(lambda: lib.pj_each_word(b'a b c', WORD(word)))
capture(lambda: lib.pj_apply(CB(lambda x: 'str'), 1))


def deep(x):
    def inner():
        raise RuntimeError('from inner')
    inner()


capture(lambda: lib.pj_apply(CB(deep), 1))

print('--- lifetime')


class Fn:
    def __call__(self, x):
        return x * 2


fn = Fn()
ref_fn = weakref.ref(fn)
keep = CB(fn)
del fn
gc.collect()
print(ref_fn() is not None, keep(4))  # the callback object keeps the Python callable alive
ref_cb = weakref.ref(keep)
lib.pj_store_callback(keep)  # C only stores the pointer; the Python reference keeps it valid
for i in range(3):
    gc.collect()
    print(lib.pj_call_stored(i))
lib.pj_store_callback(None)
del keep
gc.collect()
print(ref_fn() is None, ref_cb() is None, lib.pj_call_stored(1))
holder = {'cb': CB(lambda x: x - 1)}
lib.pj_store_callback(holder['cb'])
gc.collect()
print(lib.pj_call_stored(100))
lib.pj_store_callback(None)

print('--- errors')
lib.pj_apply.argtypes = [CB, c_int]
err(lambda: lib.pj_apply(lambda x: x, 1))
err(lambda: lib.pj_apply(CFUNCTYPE(c_int, c_double)(lambda x: 1), 1))
err(lambda: lib.pj_apply(5, 1))
err(lambda: CB('x'))
err(lambda: CB(1.5))
err(lambda: CB(lambda x: x, 2))
err(lambda: CFUNCTYPE(c_int, c_int, bad=1))
err(lambda: CFUNCTYPE(c_int, 5))
err(lambda: CFUNCTYPE(5, c_int))
err(lambda: CFUNCTYPE(c_int, int))
err(lambda: CFUNCTYPE(c_char_p, c_int)(lambda x: b'x'))
err(lambda: CFUNCTYPE(Point, c_int)(lambda x: Point()))
err(lambda: CFUNCTYPE(c_wchar_p)(lambda: 'x'))
err(lambda: CB(lambda x: x)())
err(lambda: CB(lambda x: x)('a'))
err(lambda: CB(lambda x: x)(2 ** 70))
err(lambda: CB(lambda x: x)(x=1))
