/* C version of benches/py/fannkuch.py.
 *
 * Visits every permutation of 0..n-1 in the same order as the Python program,
 * flips prefixes until 0 comes first, and prints the same two lines: the
 * alternating-sign checksum of the flip counts and the largest flip count.
 *
 *   cc -O2 -o fannkuch fannkuch.c -lm && ./fannkuch [N]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long N = 9; /* number of items */

/* Flip prefixes of perm (in place) until 0 is first; return the count. */
static long count_flips(int *perm) {
    long flips = 0;
    int first = perm[0];
    while (first != 0) {
        int low = 0, high = first;
        while (low < high) {
            int t = perm[low];
            perm[low] = perm[high];
            perm[high] = t;
            low++;
            high--;
        }
        flips++;
        first = perm[0];
    }
    return flips;
}

static void fannkuch(int n, long *checksum_out, long *max_flips_out) {
    size_t size = (n > 0 ? (size_t)n : 1) * sizeof(int);
    int *order = malloc(size);   /* the current permutation */
    int *scratch = malloc(size); /* a copy to flip */
    int *counters = calloc(n > 0 ? (size_t)n : 1, sizeof(int));
    if (!order || !scratch || !counters) {
        perror("malloc");
        exit(1);
    }
    for (int i = 0; i < n; i++)
        order[i] = i;
    int level = n;
    long index = 0, checksum = 0, max_flips = 0;
    for (;;) {
        while (level > 1) {
            counters[level - 1] = level;
            level--;
        }

        memcpy(scratch, order, (size_t)n * sizeof(int));
        long flips = n > 0 ? count_flips(scratch) : 0;
        if (index % 2 == 0)
            checksum += flips;
        else
            checksum -= flips;
        if (flips > max_flips)
            max_flips = flips;

        /* Next permutation: rotate the shortest prefix whose counter allows it. */
        for (;;) {
            if (level >= n)
                goto done;
            int head = order[0];
            for (int i = 0; i < level; i++)
                order[i] = order[i + 1];
            order[level] = head;
            counters[level]--;
            if (counters[level] > 0)
                break;
            level++;
        }
        index++;
    }
done:
    free(order);
    free(scratch);
    free(counters);
    *checksum_out = checksum;
    *max_flips_out = max_flips;
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    long checksum, max_flips;
    fannkuch((int)N, &checksum, &max_flips);
    printf("%ld\n%ld\n", checksum, max_flips);
    return 0;
}
