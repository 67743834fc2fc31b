"""Points of the Mandelbrot set on an n x n grid.

Measures a tight float loop with data-dependent exits: for each point c of
the square [-1.5, 0.5] x [-1, 1], iterate z = z * z + c (real and imaginary
parts kept as separate floats) at most 50 times and count the points whose
|z| never exceeds 2. Prints the count. benches/c/mandelbrot.c does the same
in C.
"""

import sys

N = 600  # grid side
if len(sys.argv) > 1:
    N = int(sys.argv[1])

MAX_ITERATIONS = 50


def in_set(c_re, c_im):
    """True when z stays within radius 2 for MAX_ITERATIONS iterations."""
    z_re = 0.0
    z_im = 0.0
    for _ in range(MAX_ITERATIONS):
        re2 = z_re * z_re
        im2 = z_im * z_im
        if re2 + im2 > 4.0:
            return False
        z_im = 2.0 * z_re * z_im + c_im
        z_re = re2 - im2 + c_re
    return True


def count_points(n):
    count = 0
    for y in range(n):
        c_im = 2.0 * y / n - 1.0
        for x in range(n):
            c_re = 2.0 * x / n - 1.5
            if in_set(c_re, c_im):
                count += 1
    return count


print(count_points(N))
