# Argument count and type errors of math functions, with CPython's messages.
import math
for f, a in [(math.sqrt, ()), (math.sqrt, (1, 2)), (math.pow, (1,)), (math.log, ()), (math.gcd, ('a',)), (math.atan2, (1,)), (math.factorial, ()), (math.comb, (1,)), (math.sqrt, ('x',)), (math.isqrt, (1.5,)), (math.floor, ()), (math.prod, ()), (math.fsum, (5,)), (math.hypot, ('a',)), (math.gamma, ('a',)),(math.modf, ()), (math.frexp, ('a',))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
