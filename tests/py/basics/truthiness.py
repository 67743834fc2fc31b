# Truth values of built-in objects and short-circuit evaluation
values = [0, 1, -1, 0.0, -0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), 10 ** 100, b"", b"\x00", frozenset()]
for v in values:
    print(repr(v), bool(v), not v)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, None or [], [] or None)
print("" or "default", "x" and "y", 0 or 0.0 or "" or None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 1 and 2)
def side(x):
    print("side", x)
    return x
r = side(0) and side(1)
print(r)
r = side(1) or side(2)
print(r)
r = side(0) or side(None) or side("last")
print(r)
print(not 0, not 1, not not [], not not [1])
if [] or {}:
    print("bad")
else:
    print("empty containers are false")
x = [1, 2, 3]
while x:
    x.pop()
print("loop ended", x)
print(bool(float('nan')), bool(float('inf')), bool(-1e-300))
