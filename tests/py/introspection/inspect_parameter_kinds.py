# inspect.Parameter kinds, defaults, annotations.
import inspect


def f(a, b: int, /, c, d=4, *args, e, g: str = "g", **kw) -> float:
    pass


sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, str(p.kind), p.kind.name, int(p.kind))
    print("   ", p.default is p.empty, p.annotation is p.empty, p.name, str(p))
P = inspect.Parameter
print(P.POSITIONAL_ONLY < P.POSITIONAL_OR_KEYWORD < P.VAR_POSITIONAL < P.KEYWORD_ONLY < P.VAR_KEYWORD)
print(sig.parameters["c"].kind == P.POSITIONAL_OR_KEYWORD, sig.return_annotation)
print(list(sig.parameters), type(sig.parameters["a"]).__name__)
print(sig.parameters["d"].default, sig.parameters["b"].annotation, sig.parameters["g"].annotation)
print(inspect.Signature.empty is inspect.Parameter.empty)
