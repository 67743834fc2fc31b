"""A pipeline of chained generators.

Measures generator creation, resumption and suspension: every value passes
through several generator functions stacked on one another (a source of
pseudo-random ints, a filter, a map, a windowed sum, a `yield from`
delegation) and a generator expression, with a little int arithmetic at
each stage. Prints a checksum int and the number of values that reached the
end of the pipeline.
"""

import sys

N = 2500000  # values drawn from the source
if len(sys.argv) > 1:
    N = int(sys.argv[1])

WINDOW = 8


def numbers(count, seed):
    """`count` pseudo-random ints in 0..9999 from a linear congruential
    generator."""
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        yield state % 10000


def not_multiple_of(values, divisor):
    for value in values:
        if value % divisor != 0:
            yield value


def affine(values, factor, offset):
    for value in values:
        yield value * factor + offset


def windowed_sums(values, width):
    """Sums of each run of `width` consecutive values."""
    window = []
    total = 0
    for value in values:
        window.append(value)
        total += value
        if len(window) > width:
            total -= window.pop(0)
        if len(window) == width:
            yield total


def chained(*sources):
    for source in sources:
        yield from source


def pipeline(count, seed):
    values = numbers(count, seed)
    values = not_multiple_of(values, 3)
    values = affine(values, 3, 7)
    return windowed_sums(values, WINDOW)


def main(count):
    half = count // 2
    sums = chained(pipeline(half, 1), pipeline(count - half, 2))
    checksum = 0
    reached = 0
    for folded in (s % 65521 for s in sums if s & 1):
        checksum = (checksum * 31 + folded) % 1000000007
        reached += 1
    print(checksum, reached)


main(N)
