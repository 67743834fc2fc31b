# RecursionError and OverflowError caught and recovered from
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", e)
def deep_list(n):
    out = []
    for _ in range(n):
        out = [out]
    return out
nested = deep_list(100)
print(str(nested)[:12], len(str(nested)))
class SelfRef:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"SelfRef({self.me!r})"
try:
    repr(SelfRef())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
class Chain:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Chain().a
except RecursionError as e:
    print("getattr recursion:", type(e).__name__)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(count_depth() > 500)
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.5 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1 << 100) / 3.0 ** 700
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 309 // 10 ** 300, 1e308 * 10, -1e308 * 10)
try:
    "x" * (2 ** 63)
except OverflowError as e:
    print("OverflowError:", e)
try:
    [0] * (2 ** 63)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(2 ** 64)[2 ** 64 - 1]
    print("big range index ok")
    len(range(2 ** 64))
except OverflowError as e:
    print("len of huge range:", type(e).__name__)
