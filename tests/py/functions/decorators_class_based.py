# Class-based decorators, decorators with state, and decorating classes
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__, type(square).__name__)
class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapped(*a):
            return self.prefix + fn(*a)
        return wrapped
@Prefix(">> ")
def line(s):
    return s
print(line("hello"))
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"), [Point(0, 0)])
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1, c2 = Config(1), Config(2)
print(c1 is c2, c1.v, c2.v)
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Al", age=3))
try:
    person(name="Al", age="3")
except TypeError as e:
    print("TypeError:", e)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache, self.hits = fn, {}, 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
        else:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.hits, len(fib.cache))
