"""Float loops over array.array('d') storage.

Measures indexed loads and stores of unboxed doubles in an array('d'): a sum,
a dot product, saxpy (y[i] += a*x[i]), a three-point 1-D stencil and a 2-D
Jacobi sweep over a flat array indexed i*m+j. Every kernel is repeated REPS
times and prints one checksum line. benches/py/list_loops.py runs the same
kernels on lists and benches/c/array_loops.c in C; all print the same lines.
"""

import sys

try:
    import array
except ImportError as e:
    print("skip:", e)
    sys.exit(0)

N = 200_000  # vector length; the 2-D grid is m x m with m = isqrt(N)
REPS = 10
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def zeros(n):
    return array.array("d", [0.0]) * n


def copy(a):
    return array.array("d", a)


def isqrt(n):
    m = 0
    while (m + 1) * (m + 1) <= n:
        m += 1
    return m


def total(a):
    s = 0.0
    for v in a:
        s += v
    return s


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def saxpy(alpha, x, y):
    for i in range(len(x)):
        y[i] += alpha * x[i]


def stencil(src, dst):
    for i in range(1, len(src) - 1):
        dst[i] = 0.25 * src[i - 1] + 0.5 * src[i] + 0.25 * src[i + 1]


def jacobi(u, v, m):
    for i in range(1, m - 1):
        row = i * m
        for j in range(1, m - 1):
            k = row + j
            v[k] = 0.25 * (u[k - m] + u[k + m] + u[k - 1] + u[k + 1])


def main(n):
    x = zeros(n)
    y = zeros(n)
    for i in range(n):
        x[i] = ((i * 7) % 13) * 0.25 - 1.0
        y[i] = ((i * 3) % 11) * 0.125 + 0.5

    s = 0.0
    for _ in range(REPS):
        s = total(x)
    print("sum %.6f" % s)

    d = 0.0
    for _ in range(REPS):
        d = dot(x, y)
    print("dot %.6f" % d)

    z = copy(y)
    for _ in range(REPS):
        saxpy(0.3, x, z)
    print("saxpy %.6f" % total(z))

    a = copy(y)
    b = copy(y)
    for _ in range(REPS):
        stencil(a, b)
        a, b = b, a
    print("stencil %.6f" % total(a))

    m = isqrt(n)
    u = zeros(m * m)
    for i in range(m):
        for j in range(m):
            u[i * m + j] = 1.0 if i == 0 else ((i * j) % 9) * 0.125
    v = copy(u)
    for _ in range(REPS):
        jacobi(u, v, m)
        u, v = v, u
    print("jacobi %.6f" % total(u))


main(N)
