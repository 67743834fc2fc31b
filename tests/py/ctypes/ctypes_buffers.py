# ctypes raw memory: create_string_buffer / create_unicode_buffer (sizes, NUL padding,
# .value/.raw), string_at and wstring_at, memmove and memset (return value, overlap,
# offsets), cast between pointer types, addressof (compared, never printed),
# from_address, from_buffer sharing memory with bytearray and array.array (and the
# BufferError when the exporter is resized), from_buffer_copy, resize, and CPython's
# error messages for all of them.
import array
import ctypes
import gc
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- create_string_buffer')
b = create_string_buffer(b'hello')
print(sizeof(b), len(b), b.value, b.raw, type(b).__name__, b[0], b[1:3])
b = create_string_buffer(b'hi', 8)
print(sizeof(b), b.raw, b.value)
b = create_string_buffer(4)
print(b.raw, type(b).__name__, b.value)
b = create_string_buffer(b'')
print(sizeof(b), b.raw)
b = create_string_buffer(b'abc')
b.value = b'xy'
print(b.raw, b.value)
b.raw = b'A\x00C\x00'
print(b.value, b.raw)
b = create_string_buffer(b'a\x00b')
print(b.value, b.raw, len(b))

print('--- create_unicode_buffer')
u = create_unicode_buffer('h\u20acllo')
print(sizeof(u), len(u), u.value, type(u).__name__, sizeof(u) // len(u))
u = create_unicode_buffer(3)
print(repr(u[:]), sizeof(u), repr(u.value))
u = create_unicode_buffer('ab', 5)
print(repr(u[:]), u.value)
u = create_unicode_buffer('\U0001f600x')
print(len(u), u.value, u[0] == '\U0001f600')
u.value = 'q'
print(repr(u[:]))

print('--- string_at and wstring_at')
buf = create_string_buffer(b'abc\x00def')
print(string_at(buf), string_at(buf, 7), string_at(addressof(buf), 3), string_at(buf, 0), string_at(buf, 1))
print(string_at(b'abc\x00def', 7), string_at(b'xyz'), string_at(cast(buf, c_void_p)), string_at(byref(buf, 4)))
print(string_at(cast(buf, POINTER(c_char)), 2), string_at(addressof(buf) + 4, 3), type(string_at(buf)).__name__)
w = create_unicode_buffer('wide\x00str')
print(wstring_at(w), wstring_at(w, 8), wstring_at(addressof(w), 2), wstring_at(w, 0), type(wstring_at(w)).__name__)
print(wstring_at('direct'), wstring_at(addressof(w) + 5 * sizeof(c_wchar)))
print(string_at((c_int * 2)(0x64636261, 0x68676665), 8))

print('--- memmove and memset')
dst = create_string_buffer(8)
print(memmove(dst, b'12345', 5) == addressof(dst), dst.raw)
print(memset(dst, ord('x'), 3) == addressof(dst), dst.raw)
memset(addressof(dst) + 5, 0x41, 2)
print(dst.raw)
memmove(addressof(dst) + 1, dst, 4)  # overlapping regions are fine
print(dst.raw)
memmove(dst, addressof(dst) + 2, 5)
print(dst.raw)
ia = (c_int * 4)(1, 2, 3, 4)
memmove(ia, (c_int * 2)(9, 8), sizeof(c_int) * 2)
print(list(ia))
memmove(byref(ia, 8), ia, 8)
print(list(ia))
memset(ia, 0, sizeof(ia))
print(list(ia))
memset(ia, 0xff, 4)
memset(byref(ia, 8), 1, 1)
print(list(ia))
da = (c_double * 2)()
memmove(da, bytes(c_double(2.5)) * 2, 16)
print(list(da))
print(memset.restype.__name__, memmove.restype.__name__, memset.argtypes, memmove.argtypes)

print('--- cast')
arr = (c_ubyte * 8)(*range(1, 9))
p = cast(arr, POINTER(c_uint))
print(hex(p[0]), hex(p[1]), type(p).__name__)
p[0] = 0
print(list(arr))
v = cast(arr, c_void_p)
print(v.value == addressof(arr), type(v).__name__)
cp = cast(b'hello', c_char_p)
print(cp.value)
cc = cast(create_string_buffer(b'buffer'), c_char_p)
print(cc.value)
print(cast(None, c_void_p).value, bool(cast(0, POINTER(c_int))), cast(None, c_char_p).value)
print(cast(addressof(arr), POINTER(c_ubyte))[7], cast(arr, POINTER(c_ubyte * 4)).contents[:])
print(cast(pointer(c_int(7)), POINTER(c_ubyte))[0], cast(pointer(c_double(1.0)), POINTER(c_uint64))[0] == 0x3ff0000000000000)
f = cast((c_float * 1)(1.0), POINTER(c_int32))
print(hex(f[0]))
keep = cast(arr, POINTER(c_ubyte))
print(keep._objects is not None, isinstance(keep._objects, dict))
s = cast(c_char_p(b'via char_p'), c_void_p)
print(string_at(s))

print('--- addressof and from_address')
x = c_int(42)
print(addressof(x) == addressof(x), type(addressof(x)).__name__, addressof(arr) == cast(arr, c_void_p).value)
y = c_int.from_address(addressof(x))
y.value = 43
print(x.value, y._b_needsfree_, x._b_needsfree_)
a2 = (c_ubyte * 4).from_address(addressof(x))
print(list(a2))
a2[0] = 1
print(x.value)
st = (c_int * 3)(5, 6, 7)
print(c_int.from_address(addressof(st) + 8).value, addressof(c_int.from_address(addressof(st) + 4)) - addressof(st))

print('--- from_buffer (shares memory)')
ba = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
fb = (c_int * 2).from_buffer(ba)
print(list(fb), fb._b_needsfree_, fb._objects is not None)
fb[0] = 7
print(ba)
ba[4] = 9
print(fb[1])
fb2 = c_int.from_buffer(ba, 4)
print(fb2.value, addressof(fb2) - addressof(fb))
err(lambda: ba.append(1))
err(lambda: ba.clear())
del fb, fb2
gc.collect()
ba.append(0)  # fine again once the views are gone
print(len(ba))
arr_a = array.array('i', [10, 20, 30])
fa = (c_int * 3).from_buffer(arr_a)
fa[1] = 99
print(arr_a)
arr_a[2] = -1
print(list(fa))
err(lambda: arr_a.append(4))
del fa
gc.collect()
arr_a.append(4)
print(arr_a)
print(c_double.from_buffer(array.array('d', [1.5])).value)


class Pair(Structure):
    _fields_ = [('a', c_short), ('b', c_short)]


raw = bytearray(b'\x01\x00\x02\x00\x03\x00')
pr = Pair.from_buffer(raw, 2)
pr.b = -1
print(pr.a, raw)
mv = memoryview(bytearray(4))
c = c_int.from_buffer(mv)
c.value = 0x01020304
print(mv.tobytes(), mv.obj)

print('--- from_buffer_copy (copies)')
ba = bytearray(b'\x07\x00\x00\x00\x09\x00\x00\x00')
fc = (c_int * 2).from_buffer_copy(ba)
fc[0] = 1000
print(ba, list(fc), fc._b_needsfree_)
print(c_int.from_buffer_copy(b'\x05\x00\x00\x00\x06').value, c_int.from_buffer_copy(b'\x00\x00\x05\x00\x00\x00', 2).value)
print(c_int.from_buffer_copy(array.array('i', [77])).value, c_int.from_buffer_copy(memoryview(b'\x01\x02\x03\x04')).value)
print(Pair.from_buffer_copy(b'\x01\x00\xff\xff').b, c_char.from_buffer_copy(b'z').value, c_double.from_buffer_copy(bytes(c_double(0.5))).value)

print('--- resize')
rb = create_string_buffer(b'abcd', 4)
resize(rb, 16)  # the memory grows but the type, and so len(), stays the same
print(sizeof(rb), len(rb), rb.raw, rb.value)
print(string_at(rb, 16))
resize(rb, 4)
print(sizeof(rb))

print('--- errors')
err(lambda: create_string_buffer(b'hello', 3))
err(lambda: create_string_buffer('str'))
err(lambda: create_string_buffer(1.5))
err(lambda: create_string_buffer(-1))
err(lambda: create_string_buffer(b'ab', -1))
err(lambda: create_string_buffer(bytearray(b'ab')))
err(lambda: create_string_buffer(None))
err(lambda: create_unicode_buffer(b'x'))
err(lambda: create_unicode_buffer('abc', 2))
err(lambda: create_unicode_buffer(2.0))
err(lambda: string_at(1.5))
err(lambda: string_at(b'abc', 'x'))
err(lambda: wstring_at(1.5))
err(lambda: memmove(dst, 5.0, 1))
err(lambda: memset(dst, 'a', 3))
err(lambda: memmove(dst, b'ab'))
err(lambda: memset(dst, 0))
err(lambda: cast(arr, c_int))
err(lambda: cast(arr, int))
err(lambda: cast(arr, Pair))
err(lambda: cast(1.5, c_void_p))
err(lambda: cast(arr))
err(lambda: addressof(5))
err(lambda: addressof(c_int))
err(lambda: c_int.from_address('x'))
err(lambda: c_int.from_address(1.5))
ba = bytearray(8)
err(lambda: c_int.from_buffer(ba, 5))
err(lambda: c_int.from_buffer(ba, -1))
err(lambda: (c_int * 3).from_buffer(ba))
err(lambda: c_int.from_buffer(b'1234'))
err(lambda: c_int.from_buffer('1234'))
err(lambda: c_int.from_buffer(memoryview(b'1234')))
err(lambda: c_int.from_buffer(5))
err(lambda: c_int.from_buffer(memoryview(bytearray(8))[::2]))
err(lambda: c_int.from_buffer_copy(b'12'))
err(lambda: c_int.from_buffer_copy(b'1234', 1))
err(lambda: c_int.from_buffer_copy(b'1234', -1))
err(lambda: c_int.from_buffer_copy('1234'))
err(lambda: c_int.from_buffer_copy(5))
err(lambda: resize(create_string_buffer(4), 2))
err(lambda: resize(5, 8))
err(lambda: resize(c_int(), 'x'))
