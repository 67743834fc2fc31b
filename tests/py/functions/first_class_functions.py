# Functions stored in containers, passed around, and used as dispatch tables
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b if b else float("inf")
table = {"+": add, "-": sub, "*": mul, "/": div}
exprs = [(3, "+", 4), (10, "-", 7), (6, "*", 7), (1, "/", 4), (1, "/", 0)]
for a, op, b in exprs:
    print(f"{a} {op} {b} = {table[op](a, b)}")
funcs = [add, sub, mul]
print([f(6, 3) for f in funcs], [f.__name__ for f in funcs])
print(sorted((f(5, 5), f.__name__) for f in funcs), [f.__name__ for f in sorted(funcs, key=lambda f: -f(5, 5))])
def make_validator(min_len, must_contain):
    def validate(s):
        errors = []
        if len(s) < min_len:
            errors.append(f"too short ({len(s)} < {min_len})")
        for ch in must_contain:
            if ch not in s:
                errors.append(f"missing {ch!r}")
        return errors or ["ok"]
    return validate
check = make_validator(6, "@.")
for s in ["a@b.co", "abc", "name@site", "x.y@z.com"]:
    print(s, check(s))
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register
    def fire(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]
bus = Dispatcher()
@bus.on("greet")
def english(n):
    return f"hello {n}"
@bus.on("greet")
def spanish(n):
    return f"hola {n}"
print(bus.fire("greet", "ana"), bus.fire("missing"))
bound = "text".upper
print(bound(), bound.__name__, [str.lower(s) for s in "A B".split()], list(map(str.title, ["ab cd", "x"])))
meth = [].append
print(type(meth).__name__, callable(meth))
