# TypeError messages produced by bad calls
def f(x): return x
def g(a, b): return a + b
def h(a, b=1, *, c): return a
def v(*args): return args
def k(**kw): return kw
class C:
    def m(self, x): return x
    @staticmethod
    def s(): return 0
    @classmethod
    def cm(cls, y): return y
def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: f())
show(lambda: f(1, 2))
show(lambda: g(1, 2, 3))
show(lambda: g(1))
show(lambda: g())
show(lambda: f(y=1))
show(lambda: f(1, x=2))
show(lambda: h(1))
show(lambda: h(1, 2, 3, c=4))
show(lambda: h(c=1))
show(lambda: k(1))
show(lambda: v(a=1))
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.s(1))
show(lambda: C.cm())
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, y: 0)(1))
show(lambda: C(1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: len(5))
show(lambda: abs())
show(lambda: int(1, 2, 3))
show(lambda: isinstance(1))
show(lambda: "abc".split(1))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: sorted([1], key=1))
five, text, nothing = 5, "str", None
show(lambda: five())
show(lambda: text())
show(lambda: nothing())
