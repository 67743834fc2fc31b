"""Fannkuch-redux: pancake flips over all permutations of n items.

Measures small-int list work: element swaps, copies and rotations. Every
permutation of 0..n-1 is visited in a fixed order; for each one, the prefix
of length perm[0] + 1 is reversed until 0 comes first, counting the flips.
Prints a checksum (flip counts added for even-numbered permutations and
subtracted for odd ones) and the largest flip count.
benches/c/fannkuch.c does the same in C.
"""

import sys

N = 9  # number of items
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def count_flips(perm):
    """Flip prefixes of perm (in place) until 0 is first; return the count."""
    flips = 0
    first = perm[0]
    while first != 0:
        low = 0
        high = first
        while low < high:
            perm[low], perm[high] = perm[high], perm[low]
            low += 1
            high -= 1
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n):
    order = list(range(n))  # the current permutation
    # counters[k] says how many more rotations of order[0..k] remain.
    counters = [0] * n
    level = n
    index = 0
    checksum = 0
    max_flips = 0
    while True:
        while level > 1:
            counters[level - 1] = level
            level -= 1

        flips = count_flips(order[:])
        if index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        if flips > max_flips:
            max_flips = flips

        # Next permutation: rotate the shortest prefix whose counter allows it.
        while True:
            if level == n:
                return checksum, max_flips
            head = order[0]
            for i in range(level):
                order[i] = order[i + 1]
            order[level] = head
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1
        index += 1


def main(n):
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print(max_flips)


main(N)
