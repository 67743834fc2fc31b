/* C version of benches/py/spectral_norm.py.
 *
 * Ten rounds of the power method on the n x n corner of A^T A, where
 * A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1) is recomputed at each use,
 * with the same default size, printing the estimate with "%.9f". The sums run
 * in the Python order and fused multiply-adds are disabled below, so the
 * output is byte-for-byte the same. Build without -ffast-math.
 *
 *   cc -O2 -o spectral_norm spectral_norm.c -lm && ./spectral_norm [N]
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static long N = 400; /* side of the corner of the matrix */
#define ROUNDS 10

/* A(i, j), with i and j counted from 0. */
static double element(long i, long j) {
    long diagonal = i + j;
    return 1.0 / (double)(diagonal * (diagonal + 1) / 2 + i + 1);
}

/* out = A u */
static void times_a(const double *u, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double total = 0.0;
        for (long j = 0; j < n; j++)
            total += element(i, j) * u[j];
        out[i] = total;
    }
}

/* out = A^T u */
static void times_a_transposed(const double *u, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double total = 0.0;
        for (long j = 0; j < n; j++)
            total += element(j, i) * u[j];
        out[i] = total;
    }
}

/* out = A^T A u, using tmp as scratch space */
static void times_ata(const double *u, double *out, double *tmp, long n) {
    times_a(u, tmp, n);
    times_a_transposed(tmp, out, n);
}

static double *vector(long n) {
    double *p = malloc((n > 0 ? (size_t)n : 1) * sizeof(double));
    if (!p) {
        perror("malloc");
        exit(1);
    }
    return p;
}

static double spectral_norm(long n) {
    double *u = vector(n), *v = vector(n), *tmp = vector(n);
    for (long i = 0; i < n; i++)
        u[i] = v[i] = 1.0;
    for (int round = 0; round < ROUNDS; round++) {
        times_ata(u, v, tmp, n);
        times_ata(v, u, tmp, n);
    }
    double u_dot_v = 0.0, v_dot_v = 0.0;
    for (long i = 0; i < n; i++) {
        u_dot_v += u[i] * v[i];
        v_dot_v += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return sqrt(u_dot_v / v_dot_v);
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    printf("%.9f\n", spectral_norm(N));
    return 0;
}
