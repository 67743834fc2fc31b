/* C version of benches/py/matmul_list.py and matmul_array.py.
 *
 * Naive triple-loop C = A * B on n x n matrices of doubles (flat row-major
 * storage), the same data and size as the Python programs, printing the same
 * "trace ... sum ..." line. Each dot product and both checksums are summed in
 * the Python order, and fused multiply-adds are disabled below, so the output
 * is byte-for-byte the same. Build without -ffast-math.
 *
 *   cc -O2 -o matmul matmul.c -lm && ./matmul [N]
 *
 * compare: matmul_list matmul_array
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <stdio.h>
#include <stdlib.h>

static long N = 250; /* matrix side */

static double *make(long n, long p, long q, double scale) {
    double *m = malloc((n > 0 ? (size_t)(n * n) : 1) * sizeof(double));
    if (!m) {
        perror("malloc");
        exit(1);
    }
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++)
            m[i * n + j] = ((i * p + j * q) % 7) * scale;
    return m;
}

static double *matmul(const double *a, const double *b, long n) {
    double *c = calloc(n > 0 ? (size_t)(n * n) : 1, sizeof(double));
    if (!c) {
        perror("calloc");
        exit(1);
    }
    for (long i = 0; i < n; i++) {
        long row = i * n;
        for (long j = 0; j < n; j++) {
            double s = 0.0;
            for (long k = 0; k < n; k++)
                s += a[row + k] * b[k * n + j];
            c[row + j] = s;
        }
    }
    return c;
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    long n = N;
    double *a = make(n, 1, 2, 0.5);
    double *b = make(n, 3, 1, 0.1);
    double *c = matmul(a, b, n);
    double trace = 0.0, total = 0.0;
    for (long i = 0; i < n; i++) {
        trace += c[i * n + i];
        for (long j = 0; j < n; j++)
            total += c[i * n + j];
    }
    printf("trace %.6f sum %.6f\n", trace, total);
    free(a);
    free(b);
    free(c);
    return 0;
}
