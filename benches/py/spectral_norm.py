"""Spectral norm of an infinite matrix by power iteration.

Measures nested loops of float arithmetic over lists, with an int-to-float
division per matrix element: A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
is never stored but recomputed at each use. Ten rounds of the power method on
the n x n corner of A^T A estimate the largest singular value of A, printed
with "%.9f". benches/c/spectral_norm.c does the same in C.
"""

import math
import sys

N = 400  # side of the corner of the matrix
if len(sys.argv) > 1:
    N = int(sys.argv[1])

ROUNDS = 10


def element(i, j):
    """A(i, j), with i and j counted from 0."""
    diagonal = i + j
    return 1.0 / (diagonal * (diagonal + 1) // 2 + i + 1)


def times_a(u, n):
    """A u."""
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += element(i, j) * u[j]
        result[i] = total
    return result


def times_a_transposed(u, n):
    """A^T u."""
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += element(j, i) * u[j]
        result[i] = total
    return result


def times_ata(u, n):
    """A^T A u."""
    return times_a_transposed(times_a(u, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(ROUNDS):
        v = times_ata(u, n)
        u = times_ata(v, n)
    u_dot_v = 0.0
    v_dot_v = 0.0
    for i in range(n):
        u_dot_v += u[i] * v[i]
        v_dot_v += v[i] * v[i]
    return math.sqrt(u_dot_v / v_dot_v)


print("%.9f" % spectral_norm(N))
