import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    """Do a thing.

        Indented detail.
    """
    return a


def annotated(x: int, y: "str" = "s", /, z: float = 1.5) -> list:
    pass


def gen():
    yield 1


class Widget:
    """A widget."""

    size = 3

    def __init__(self, name, *, colour="red"):
        self.name = name

    def grow(self, by=1):
        return self.size + by

    @staticmethod
    def make():
        return Widget("w")


w = Widget("x")
print(inspect.isfunction(plain), inspect.isfunction(w.grow), inspect.ismethod(w.grow), inspect.isclass(Widget))
print(inspect.isclass(w), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()))
print(str(inspect.signature(plain)), str(inspect.signature(annotated)))
print(inspect.signature(w.grow), inspect.signature(Widget), inspect.signature(Widget.grow))
sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.kind.description)
print(inspect.signature(annotated).return_annotation, inspect.signature(lambda q, *, r=1: 0))
b = sig.bind(1, 2, 3, c=5, z=6)
print(b.arguments, b.args, b.kwargs)
print([n for n, v in inspect.getmembers(Widget) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(w, inspect.ismethod)])
print(inspect.getdoc(plain))
print(inspect.getdoc(Widget), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getsource(Widget.grow), end="")
print(inspect.getsourcelines(gen)[1])
try:
    inspect.signature(3)
except TypeError as e:
    print("TypeError", e)
