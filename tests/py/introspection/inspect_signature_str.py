# str(inspect.signature(f)) for plain functions.
import inspect


def p0():
    pass


def p1(a, b=2, c="s", d=None):
    pass


def p2(*args, **kwargs):
    pass


def p3(a, *, k, m=3):
    pass


def p4(a, /, b, *, c):
    pass


def p5(x: int, y: str = "y", *rest: float, z: list = [], **kw: dict) -> bool:
    pass


def p6(a, *args, b=1.5, **kw) -> None:
    pass


class K:
    def __init__(self, name, size=0):
        pass

    def meth(self, v, *, flag=False):
        pass


for f in (p0, p1, p2, p3, p4, p5, p6, lambda x, y=1: 0, K.meth, K(1).meth, K):
    print(getattr(f, "__name__", "?"), inspect.signature(f))
