# ctypes' private errno: get_errno/set_errno, functions of a library loaded with
# use_errno=True (the C errno is swapped with the private copy around each call)
# and of one loaded without it (the private copy is untouched), CFUNCTYPE
# prototypes with use_errno, PYFUNCTYPE prototypes (same calls, other flags),
# and the argument errors of set_errno.
import errno
import ctypes
from ctypes import *


def err(f):
    try:
        r = f()
        print('no error:', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(get_errno(), set_errno(7), get_errno(), set_errno(0))
libc = CDLL('libc.so.6', use_errno=True)
libc.close.argtypes = [c_int]
print(libc.close(-1), get_errno() == errno.EBADF)
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, c_void_p, c_int]
set_errno(0)
print(libc.strtol(b'99999999999999999999999', None, 10), get_errno() == errno.ERANGE)
set_errno(0)
print(libc.strtol(b'12', None, 10), get_errno())
plain = CDLL('libc.so.6')
set_errno(123)
print(plain.close(-1), get_errno())
proto = CFUNCTYPE(c_int, c_int, use_errno=True)
close = proto(('close', libc))
set_errno(0)
print(close(-1), get_errno() == errno.EBADF, proto._flags_ == ctypes._FUNCFLAG_CDECL | ctypes._FUNCFLAG_USE_ERRNO)
P = PYFUNCTYPE(c_int, c_int)
print(P.__name__, P._flags_, P._argtypes_, PYFUNCTYPE(c_int) is PYFUNCTYPE(c_int))
print(P(('abs', plain))(-5))
err(lambda: set_errno('x'))
err(lambda: set_errno())
err(lambda: get_errno(1))
err(lambda: set_errno(2 ** 40))
set_errno(0)
