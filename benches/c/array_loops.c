/* C version of benches/py/array_loops.py (and list_loops.py).
 *
 * The same five kernels over arrays of doubles -- sum, dot product, saxpy, a
 * three-point 1-D stencil and a 2-D Jacobi sweep on a flat m x m grid -- with
 * the same data, sizes and repetition count, printing the same checksum lines.
 * Every floating-point sum is accumulated in the order the Python program uses,
 * so the output is byte-for-byte the same. Build without -ffast-math; fused
 * multiply-adds are disabled below because Python rounds every operation.
 *
 *   cc -O2 -o array_loops array_loops.c -lm && ./array_loops [N]
 *
 * compare: array_loops list_loops
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long N = 200000; /* vector length; the 2-D grid is m x m with m = isqrt(N) */
#define REPS 10

static double *zeros(long n) {
    double *p = calloc(n > 0 ? (size_t)n : 1, sizeof(double));
    if (!p) {
        perror("calloc");
        exit(1);
    }
    return p;
}

static double *copy(const double *a, long n) {
    double *p = zeros(n);
    if (n > 0)
        memcpy(p, a, (size_t)n * sizeof(double));
    return p;
}

static long isqrt(long n) {
    long m = 0;
    while ((m + 1) * (m + 1) <= n)
        m++;
    return m;
}

static double total(const double *a, long n) {
    double s = 0.0;
    for (long i = 0; i < n; i++)
        s += a[i];
    return s;
}

static double dot(const double *a, const double *b, long n) {
    double s = 0.0;
    for (long i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

static void saxpy(double alpha, const double *x, double *y, long n) {
    for (long i = 0; i < n; i++)
        y[i] += alpha * x[i];
}

static void stencil(const double *src, double *dst, long n) {
    for (long i = 1; i < n - 1; i++)
        dst[i] = 0.25 * src[i - 1] + 0.5 * src[i] + 0.25 * src[i + 1];
}

static void jacobi(const double *u, double *v, long m) {
    for (long i = 1; i < m - 1; i++) {
        long row = i * m;
        for (long j = 1; j < m - 1; j++) {
            long k = row + j;
            v[k] = 0.25 * (u[k - m] + u[k + m] + u[k - 1] + u[k + 1]);
        }
    }
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    long n = N;

    double *x = zeros(n), *y = zeros(n);
    for (long i = 0; i < n; i++) {
        x[i] = ((i * 7) % 13) * 0.25 - 1.0;
        y[i] = ((i * 3) % 11) * 0.125 + 0.5;
    }

    double s = 0.0;
    for (int r = 0; r < REPS; r++)
        s = total(x, n);
    printf("sum %.6f\n", s);

    double d = 0.0;
    for (int r = 0; r < REPS; r++)
        d = dot(x, y, n);
    printf("dot %.6f\n", d);

    double *z = copy(y, n);
    for (int r = 0; r < REPS; r++)
        saxpy(0.3, x, z, n);
    printf("saxpy %.6f\n", total(z, n));

    double *a = copy(y, n), *b = copy(y, n);
    for (int r = 0; r < REPS; r++) {
        stencil(a, b, n);
        double *t = a;
        a = b;
        b = t;
    }
    printf("stencil %.6f\n", total(a, n));

    long m = isqrt(n);
    double *u = zeros(m * m);
    for (long i = 0; i < m; i++)
        for (long j = 0; j < m; j++)
            u[i * m + j] = i == 0 ? 1.0 : ((i * j) % 9) * 0.125;
    double *v = copy(u, m * m);
    for (int r = 0; r < REPS; r++) {
        jacobi(u, v, m);
        double *t = u;
        u = v;
        v = t;
    }
    printf("jacobi %.6f\n", total(u, m * m));

    free(x);
    free(y);
    free(z);
    free(a);
    free(b);
    free(u);
    free(v);
    return 0;
}
