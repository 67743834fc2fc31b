# Function decorators: plain, with arguments, stacked, and applied to methods
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("world"), hello.__name__, hello.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def dice(x):
    return x * 2
print(dice(4))
calls = []
def trace(label):
    def deco(fn):
        def wrapper(*a, **k):
            calls.append(f"{label}>{fn.__name__}")
            r = fn(*a, **k)
            calls.append(f"{label}<{fn.__name__}")
            return r
        wrapper.__name__ = f"{label}({fn.__name__})"
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def work(x):
    calls.append(f"work {x}")
    return x + 1
print(work(1), work.__name__)
print(calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
print(sorted(registry), registry["alpha"]() + alpha())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
order = []
def mark(name):
    order.append(f"factory {name}")
    def deco(fn):
        order.append(f"apply {name}")
        return fn
    return deco
@mark("top")
@mark("bottom")
def target():
    pass
print(order)
class Svc:
    @shout
    def status(self):
        return "running"
print(Svc().status())
deco_expr = [shout]
@deco_expr[0]
def indexed():
    return "any expression works"
print(indexed())
