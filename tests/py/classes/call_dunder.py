# Callable instances via __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10, 20])), sorted([3, 1, 2], key=Adder(-10)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls, c())
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for coef in self.coeffs:
            result = result * x + coef
        return result
p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)])
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
print(Compose(str, abs, Adder(-10))(3), Compose()(7), Compose(len, str.split)("a b c"))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallViaClass:
    def __call__(self):
        return "instance call"
inst = CallViaClass()
inst.__call__ = lambda: "instance attribute ignored"
print(inst())
class Factory:
    registry = []
    def __call__(self, name):
        obj = {"name": name, "id": len(self.registry)}
        self.registry.append(obj)
        return obj
make = Factory()
print(make("a"), make("b"), len(Factory.registry))
print(type(add5).__call__(add5, 100), Adder.__call__(Adder(1), 1))
