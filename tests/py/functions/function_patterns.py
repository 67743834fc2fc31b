# Function returning different callables, recursion via closures, and default binding
def make_ops():
    ops = []
    for name, sym in [("add", "+"), ("mul", "*")]:
        def op(a, b, sym=sym):
            return a + b if sym == "+" else a * b
        op.__name__ = name
        ops.append(op)
    return ops
print([(f.__name__, f(3, 4)) for f in make_ops()])
def fixpoint(f, x, limit=100):
    for _ in range(limit):
        nx = f(x)
        if nx == x:
            return x
        x = nx
    return x
print(fixpoint(lambda v: (v + 2 / v) / 2, 1.0))
print(fixpoint(lambda s: s.replace("aa", "a"), "caaaaandy"))
def y_combinator(f):
    return (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_combinator(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(12))
def counter_gen():
    state = {"n": 0}
    def step():
        state["n"] += 1
        return state["n"]
    def reset():
        state["n"] = 0
    return step, reset
step, reset = counter_gen()
print(step(), step(), step())
reset()
print(step())
def default_from_closure():
    base = 10
    def f(x, b=base):
        return x + b
    base = 20
    return f(1)
print(default_from_closure())
def kwargs_to_str(**kw):
    return ",".join(f"{k}={kw[k]}" for k in kw)
print(kwargs_to_str(z=1, y=2), kwargs_to_str())
def returns_multiple(n):
    return n, n * n, n ** 3
a, b, c = returns_multiple(3)
print(a, b, c, returns_multiple(2))
def no_return():
    x = 1
print(no_return(), (lambda: None)())
def early(n):
    if n < 0:
        return
    return n
print(early(-1), early(5))
