"""Naive matrix multiply over nested lists of floats.

Measures the classic triple loop C = A * B on n x n matrices stored as lists
of rows: nested list indexing, float multiply-add and a float accumulator.
Prints the trace and the sum of C. benches/py/matmul_array.py does the same on
flat array('d') storage and benches/c/matmul.c in C; all print the same line.
"""

import sys

N = 250  # matrix side
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make(n, p, q, scale):
    return [[((i * p + j * q) % 7) * scale for j in range(n)] for i in range(n)]


def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            ci[j] = s
    return c


def main(n):
    a = make(n, 1, 2, 0.5)
    b = make(n, 3, 1, 0.1)
    c = matmul(a, b, n)
    trace = 0.0
    total = 0.0
    for i in range(n):
        trace += c[i][i]
        for j in range(n):
            total += c[i][j]
    print("trace %.6f sum %.6f" % (trace, total))


main(N)
