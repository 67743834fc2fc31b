"""Math-function-heavy loop: trigonometry, exponentials, logarithms, square
roots and hypot on floats, as in a numeric kernel written with the math module."""

import math


def kernel(n):
    s = 0.0
    sin, cos, exp, log, sqrt, atan2, hypot = (
        math.sin, math.cos, math.exp, math.log, math.sqrt, math.atan2, math.hypot)
    for i in range(1, n + 1):
        x = i * 0.001
        s += sin(x) * cos(x) + exp(-x) + log(x) / sqrt(x) + atan2(x, 1.0) - hypot(x, 2.0)
    return s


def floors(n):
    acc = 0
    for i in range(n):
        acc += math.floor(i * 0.37) + math.ceil(i * 0.11) + math.trunc(-i * 0.5)
    return acc


print("%.6f" % kernel(1_000_000))
print(floors(600_000))
