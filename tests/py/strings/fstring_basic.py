# f-string basics: expressions, calls, nested quotes, braces
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n / 5} {-n}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['key']} {d['n'] * 2} {d}")
print(f"{'nested'} {'yes' if n > 0 else 'no'} ", f'{"dq"}')
print(f"{{literal}} {{{n}}} {{}}")
print(f"{name.upper()} {name[::-1]} {name!r:>10}")
print(f"{[x * x for x in range(4)]} {(lambda x: x + 1)(1)}")
print(f"{3.14159} {1e20} {0.1 + 0.2} {None} {True}")
print(f"multi {n}" f" part {name}" " plain")
a, b = 3, 4
print(f"{a}+{b}={a + b}", f"{a}*{b}={a * b}", f"{a ** b:,}")
print(f"{'a' 'b'} {n:{'>'}{8}}|")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
width = 10
print(f"[{name:^{width}}] [{name:<{width}}] [{name:>{width}}]")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f}")
print(f"{'tab'}\t{'end'}")
obj = {"a": [1, {"b": "deep"}]}
print(f"{obj['a'][1]['b']}")
print(f"{n if n else 0}", f"{(1, 2)}", f"{ {'set'} }")
def greet(x, *, punct="!"):
    return f"hi {x}{punct}"
print(f"{greet('bob')} {greet('amy', punct='?')}")
print(f"{n:>{width}d}|{n:<{width}}|{n:^{width}}|")
