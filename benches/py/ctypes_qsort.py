"""libc qsort through ctypes with a Python comparison callback.

Measures calls from C back into Python: qsort sorts a (c_double * n) array of
pseudo-random doubles and calls a CFUNCTYPE(c_int, POINTER(c_double),
POINTER(c_double)) comparison written in Python for every comparison, so the
time is dominated by callback entry and exit, argument wrapping and pointer
dereferences. The data comes from a linear congruential generator (no random
module) so every run and every implementation sorts the same numbers; the
output (first, middle and last element and a weighted sum of the sorted array)
does not depend on the order of comparisons qsort happens to make.
"""

import sys

try:
    import ctypes
except ImportError as e:
    print("skip:", e)
    sys.exit(0)

N = 150_000  # elements to sort
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def load_libc():
    # The soname first: ctypes.util.find_library runs external tools (slow).
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        from ctypes.util import find_library

        return ctypes.CDLL(find_library("c"))


CMPFUNC = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)
)


def compare(pa, pb):
    a = pa[0]
    b = pb[0]
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def main(n):
    libc = load_libc()
    qsort = libc.qsort
    qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC]
    qsort.restype = None

    data = (ctypes.c_double * n)()
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        data[i] = x / 2147483648.0 * 1000.0

    cmp = CMPFUNC(compare)
    qsort(data, n, ctypes.sizeof(ctypes.c_double), cmp)

    s = 0.0
    for i in range(n):
        if i and data[i - 1] > data[i]:
            print("not sorted at index %d" % i)
            break
        s += data[i] * ((i % 10) + 1)
    if n:
        print("%.6f %.6f %.6f %.6f" % (data[0], data[n // 2], data[n - 1], s))
    else:
        print("empty")


main(N)
