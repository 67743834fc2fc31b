# with statements: enter/exit order, multiple items, as-targets, exceptions
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y, CM("c"):
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
try:
    with CM("outer"), CM("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with CM("s", suppress=True):
    raise KeyError("hidden")
print("after suppressed")
with CM("outer2"), CM("inner2", suppress=True):
    raise RuntimeError("inner only")
print("inner suppressed so outer sees None")
def use():
    with CM("ret"):
        return "returned"
print(use())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Tgt:
    pass
t = Tgt()
d = {}
with CM("attr") as t.value, CM("item") as d["k"]:
    pass
print(t.value, d)
with CM("tuple") as (first, *rest):
    print(first, rest)
