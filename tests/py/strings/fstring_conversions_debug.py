# f-string conversions (!r !s !a) and self-documenting = expressions
s = "café"
n = 7
f = 2.5
lst = ["a", 'b"']
print(f"{s!r} {s!s} {s!a} {lst!r} {lst!s} {lst!a}")
print(f"{n!r:>5}|{s!r:^10}|{s!a:<10}|")
print(f"{n=}")
print(f"{n = }")
print(f"{n=:5}|")
print(f"{f=:.3f}")
print(f"{s=}")
print(f"{s=!s}")
print(f"{s=!a}")
print(f"{n * 2 + 1=}")
print(f"{lst[1]=}")
print(f"{len(s)=} {s.upper()=}")
print(f"{None=} {True=} {3.0=}")
print(f"{n  =  }|{n=   :>4}|")
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P(x={self.x!r})"
    def __str__(self):
        return f"<P {self.x}>"
    def __format__(self, spec):
        return f"P[{spec}]"
p = P("q")
print(f"{p} {p!r} {p!s} {p:abc} {p!r:>12}|")
print(f"{p=}")
print(f"{p=:zz}")
print(str(p), repr(p), format(p, "x"), format(p))
print(f"{'a' + 'b'!r}", f"{[1, 2]!s:>8}|")
print(f"{3!r}", f"{'é'!a}", f"{'x'=}")
