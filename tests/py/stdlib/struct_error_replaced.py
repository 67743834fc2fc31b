# struct raises its own error class even when struct.error is rebound; calling
# bytearray methods on other objects is a TypeError.
import struct

original = struct.error


class MyError(Exception):
    pass


struct.error = MyError
try:
    struct.pack('b', 999)
except original as e:
    print(type(e).__name__, e)
struct.error = lambda msg: 5
try:
    struct.unpack('i', b'')
except original as e:
    print(type(e).__name__, e)
struct.error = original
for f in (lambda: bytearray.append(b'xy', 1), lambda: bytearray.pop(5)):
    try:
        f()
    except TypeError as e:
        print('TypeError', type(e).__name__)
import _struct
_struct.error = lambda msg: 5
try:
    struct.pack('b', 999)
except original as e:
    print(type(e).__name__, e)
_struct.error = original
