"""Random-number-heavy loop: a Monte Carlo estimate of pi, dice rolls and a
shuffled deck, all from one seeded Mersenne Twister (the checksums are exact
because pyjit reproduces CPython's random streams)."""

import random


def monte_carlo_pi(n):
    rand = random.random
    inside = 0
    for _ in range(n):
        x = rand()
        y = rand()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


def dice(n):
    counts = [0] * 13
    randint = random.randint
    for _ in range(n):
        counts[randint(1, 6) + randint(1, 6)] += 1
    return counts


def shuffles(n):
    deck = list(range(52))
    total = 0
    for _ in range(n):
        random.shuffle(deck)
        total += deck[0] * deck[51]
    return total


random.seed(2024)
print("%.6f" % monte_carlo_pi(1_500_000))
print(dice(150_000))
print(shuffles(3_000))
