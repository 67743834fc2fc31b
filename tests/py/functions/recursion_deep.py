# Deep (but bounded) recursion with a raised recursion limit
import sys
sys.setrecursionlimit(20000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(5000))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(3000))))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
r = count_down(4000, [])
print(len(r), r[:3], r[-3:])
def build(n):
    return None if n == 0 else (n, build(n - 1))
def length(node):
    return 0 if node is None else 1 + length(node[1])
print(length(build(3000)))
def mutual_a(n):
    return "a-done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "b-done" if n == 0 else mutual_a(n - 1)
print(mutual_a(5001), mutual_a(5000))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100), "still works after RecursionError")
