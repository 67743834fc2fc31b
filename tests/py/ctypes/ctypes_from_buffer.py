# from_buffer shares a writable buffer's memory (and blocks its resizing while it lives); from_buffer_copy copies.
import ctypes, array, gc
from ctypes import *
ba = bytearray(8)
a = (c_int * 2).from_buffer(ba)
a[0] = 7
print(ba, a[1])
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
del a
gc.collect()
ba.append(1); print(len(ba))
arr = array.array('i', [1, 2, 3])
v = c_int.from_buffer(arr, 4); v.value = 99; print(arr)
print(c_int.from_buffer_copy(b'\x01\x00\x00\x00').value)
for bad in [lambda: c_int.from_buffer(b'abcd'), lambda: c_int.from_buffer(bytearray(2)), lambda: c_int.from_buffer(bytearray(8), -1), lambda: c_int.from_buffer_copy(b'ab')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
