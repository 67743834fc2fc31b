/* C version of benches/py/mandelbrot.py.
 *
 * Counts the points c of an n x n grid over [-1.5, 0.5] x [-1, 1] for which
 * z = z * z + c stays within radius 2 for 50 iterations, with the same default
 * size and the same float operations in the same order as the Python program
 * (fused multiply-adds are disabled below), printing the same count.
 * Build without -ffast-math.
 *
 *   cc -O2 -o mandelbrot mandelbrot.c -lm && ./mandelbrot [N]
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <stdio.h>
#include <stdlib.h>

static long N = 600; /* grid side */
#define MAX_ITERATIONS 50

/* 1 when z stays within radius 2 for MAX_ITERATIONS iterations. */
static int in_set(double c_re, double c_im) {
    double z_re = 0.0, z_im = 0.0;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
        double re2 = z_re * z_re;
        double im2 = z_im * z_im;
        if (re2 + im2 > 4.0)
            return 0;
        z_im = 2.0 * z_re * z_im + c_im;
        z_re = re2 - im2 + c_re;
    }
    return 1;
}

static long count_points(long n) {
    long count = 0;
    for (long y = 0; y < n; y++) {
        double c_im = 2.0 * (double)y / (double)n - 1.0;
        for (long x = 0; x < n; x++) {
            double c_re = 2.0 * (double)x / (double)n - 1.5;
            if (in_set(c_re, c_im))
                count++;
        }
    }
    return count;
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    printf("%ld\n", count_points(N));
    return 0;
}
