"""Naive matrix multiply over flat array('d') storage.

Measures the classic triple loop C = A * B on n x n matrices of doubles held
in one array('d') each, element (i, j) at index i*n+j: index arithmetic and
unboxed loads and stores. Same data, size and output as
benches/py/matmul_list.py (and benches/c/matmul.c).
"""

import sys

try:
    import array
except ImportError as e:
    print("skip:", e)
    sys.exit(0)

N = 250  # matrix side
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make(n, p, q, scale):
    m = array.array("d", [0.0]) * (n * n)
    for i in range(n):
        for j in range(n):
            m[i * n + j] = ((i * p + j * q) % 7) * scale
    return m


def matmul(a, b, n):
    c = array.array("d", [0.0]) * (n * n)
    for i in range(n):
        row = i * n
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[row + k] * b[k * n + j]
            c[row + j] = s
    return c


def main(n):
    a = make(n, 1, 2, 0.5)
    b = make(n, 3, 1, 0.1)
    c = matmul(a, b, n)
    trace = 0.0
    total = 0.0
    for i in range(n):
        trace += c[i * n + i]
        for j in range(n):
            total += c[i * n + j]
    print("trace %.6f sum %.6f" % (trace, total))


main(N)
