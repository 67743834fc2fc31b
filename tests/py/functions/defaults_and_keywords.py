# Default parameter values and keyword arguments
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet("Ed", "Hey", "!!"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def f(a, b=1, c=None):
    return (a, b, c)
print(f(0), f(0, c=5), f(a=1, b=2, c=3), f(*[7], **{"c": 9}))
counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def defaults_evaluated_once(x=next_default()):
    return x
print(defaults_evaluated_once(), defaults_evaluated_once(), counter)
print(f.__defaults__, greet.__defaults__, power.__defaults__, (lambda x, y=3: 0).__defaults__)
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g([3], []))
def h(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(h(1, d=4))
print(h(1, 5, 6, 7, d=8, e=9, c=10))
print(h.__kwdefaults__)
def typed(a: int, b: str = "x") -> str:
    return f"{a}{b}"
print(typed(1), typed(2, "y"), typed.__annotations__)
