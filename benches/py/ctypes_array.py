"""Passing a ctypes array of doubles to C and working on it from Python.

Measures the two sides of sharing a buffer with C code through ctypes: element
loads and stores on a (c_double * n) array from Python, and calls that hand
the whole buffer (or a pointer into it, byref(array, offset)) to a C function.

Choice of C function: with only libc and libm available there is no C routine
that computes on an array of doubles; libm works on scalars, and libc's buffer
functions are the byte-level ones (memmove, memcpy, memcmp, memset) plus the
callback-driven qsort/bsearch (qsort is benches/py/ctypes_qsort.py). So the C
side is libc memmove, used to rotate one buffer into another by k elements in
two calls (one of them with pointers into the middle of the buffers); the
Python side updates every element from both buffers between the rotations.
Each of REPS rounds is one Python pass over the n elements and two memmove
calls; a weighted checksum of the final buffer is printed.
"""

import sys

try:
    import ctypes
except ImportError as e:
    print("skip:", e)
    sys.exit(0)

N = 100_000  # elements in each buffer
REPS = 60
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def load_libc():
    # The soname first: ctypes.util.find_library runs external tools (slow).
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        from ctypes.util import find_library

        return ctypes.CDLL(find_library("c"))


def main(n):
    libc = load_libc()
    memmove = libc.memmove
    memmove.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    memmove.restype = ctypes.c_void_p
    size = ctypes.sizeof(ctypes.c_double)

    Buffer = ctypes.c_double * n
    src = Buffer()
    dst = Buffer()
    for i in range(n):
        src[i] = ((i * 5) % 17) * 0.25

    for r in range(REPS):
        # Python side: read both buffers, write one.
        for i in range(n):
            src[i] = src[i] * 0.5 + dst[i] * 0.25 + (i % 10) * 0.1
        # C side: dst = src rotated left by k elements.
        k = (r * 37 + 1) % n if n else 0
        memmove(dst, ctypes.byref(src, k * size), (n - k) * size)
        memmove(ctypes.byref(dst, (n - k) * size), src, k * size)

    s = 0.0
    for i in range(n):
        s += dst[i] * ((i % 7) + 1)
    print("%.6f %.6f %.6f" % (dst[0] if n else 0.0, dst[n - 1] if n else 0.0, s))


main(N)
