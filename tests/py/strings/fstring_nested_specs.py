# f-strings whose format specs are themselves computed by nested replacement fields
value = 3.14159265
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}] [{value:<{width}.{prec}}] [{value:^{width}.{prec}e}]")
fills = ["*", "-", "0"]
aligns = ["<", "^", ">"]
for fill in fills:
    print(" ".join(f"[{'ab':{fill}{al}6}]" for al in aligns))
num = 255
for base in ["b", "o", "x", "X", "d"]:
    print(f"{num:#{base}} {num:>12{base}} {num:_{base}}" if base != "d" else f"{num:#,d} {num:>12d}")
spec = ">+10.2f"
print(f"{value:{spec}}|{-value:{spec}}|")
rows = [("a", 1.5), ("bbb", 22.25), ("cc", 333.125)]
w = max(len(n) for n, _ in rows) + 2
for name, amount in rows:
    print(f"{name:.<{w}}{amount:>{w + 4}.{2}f}")
print(f"{'centered':{'='}^{20}}")
print(f"{12345.6789:,.{1}f}", f"{12345.6789:{'_'}<{12}.{1}f}|")
print(f"{f'{1 + 1}':>5}|", f"{f'{value:.2f}'!r}", f"{len(f'{num:b}')}")
items = {"x": 1, "y": 22}
print(", ".join(f"{k}={v:0{3}d}" for k, v in items.items()))
print(f"{'%s' % 'pct'} {'{}'.format('fmt')} {str(5).zfill(3)}")
p = 4
print(f"{2 / 3:.{p}} {2 / 3:.{p}f} {2 / 3:.{p}%} {2 ** 40:.{p}e} {2 ** 40:{p * 5},}")
