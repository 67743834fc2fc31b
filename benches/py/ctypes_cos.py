"""Calls into a C library through ctypes: libm's cos in a loop.

Measures the cost of a foreign call through a ctypes function with declared
argtypes/restype (float in, float out): argument conversion, the call itself
and boxing of the result. Sums cos(i * 0.001) for i in range(N).
"""

import sys

try:
    import ctypes
except ImportError as e:
    print("skip:", e)
    sys.exit(0)

N = 3_000_000  # number of calls
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def load_libm():
    # The soname first: ctypes.util.find_library runs external tools (slow).
    try:
        return ctypes.CDLL("libm.so.6")
    except OSError:
        from ctypes.util import find_library

        return ctypes.CDLL(find_library("m"))


def main(n):
    libm = load_libm()
    cos = libm.cos
    cos.argtypes = [ctypes.c_double]
    cos.restype = ctypes.c_double
    s = 0.0
    for i in range(n):
        s += cos(i * 0.001)
    print("%.6f" % s)


main(N)
