# exec() and eval() with default and explicit namespaces
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval(" 42 "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {}, {"x": "local wins"}))
print(eval("len(s)", {"s": "hello"}), eval("abs(-5)", {}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("created_by_exec = 'global'")
print(created_by_exec)
print(exec("1 + 1"), eval("None"))
code = """
total = 0
for i in range(5):
    total += i
result = f"total={total}"
"""
env = {}
exec(code, env)
print(env["result"], env["total"])
g = {"shared": [1]}
l = {}
exec("shared.append(2)\nlocal_only = 'here'", g, l)
print(g["shared"], l, "local_only" in g)
exec("class K:\n    v = 7\nobj = K()", env)
print(env["obj"].v, env["K"].__name__)
print(eval("(lambda q: q * 3)(7)"), eval("{'k': [1, 2]}['k'][1]"), eval("1 if True else 2"))
for bad in ["1 +", "x = 1", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError for", repr(bad))
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
compiled = compile("3 * 7", "<expr>", "eval")
print(eval(compiled), type(compiled).__name__)
stmt = compile("out = [i for i in range(3)]", "<stmt>", "exec")
d = {}
exec(stmt, d)
print(d["out"])
print(eval("(" * 50 + "1" + ")" * 50), eval("+".join(["1"] * 200)))
