# RecursionError on deep recursion, and the program goes on afterwards.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, e.args)
print(issubclass(RecursionError, RuntimeError))
sys.setrecursionlimit(200)


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth()
print(150 < d < 200)


def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)


print(ok(150))
