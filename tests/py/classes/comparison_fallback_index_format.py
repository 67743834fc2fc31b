class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, A): return self.v < o.v
        return NotImplemented
class B:
    def __gt__(self, o):
        return "B.__gt__"
print(A(1) == A(1), A(1) != A(1), A(1) < A(2), A(1) > A(0) if False else None)
a = A(1)
print(a == a, a != a)
print(A(1) < B())
for expr in ["A(1) <= A(2)", "A(1) < 3", "3 < A(1)", "A(1) + 1", "1 - A(1)", "-A(1)", "A(1)[0]", "len(A(1))", "A(1)()"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
class L0:
    def __len__(self): return 0
print(bool(L0()), "yes" if L0() else "no", not L0())
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], list(range(Idx(3))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), "ab" * Idx(2), [1, 2, 3, 4][Idx(1):Idx(3)])


class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "x>5"), f"{F():abc}", "{:q}".format(F()), f"{F()!r:>3}"[:3])
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)
class R:
    def __radd__(self, o): return "radd " + str(o)
    def __rmul__(self, o): return "rmul"
print(1 + R(), [1] * 1 if False else "x", "s" * 1, 2 * R())
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1)
class E1:
    def __eq__(self, o): return "E1"
class E2(E1):
    def __eq__(self, o): return "E2"
print(E1() == E2(), E2() == E1())
