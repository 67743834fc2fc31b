# Assignment expressions (:=)
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 1, 4, 0, 5])
total = 0
while (v := next(values)) != 0:
    total += v
print("sum before zero", total, "last", v)
print((a := 10) + a, a)
def f(x):
    return x * x
print([(x, fx) for x in range(5) if (fx := f(x)) % 2 == 0])
stack = [1, 2, 3]
popped = []
while stack and (top := stack.pop()) > 1:
    popped.append(top)
print(popped, stack, top)
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 20 for x in data), miss)
def scope_test():
    [z := i for i in range(3)]
    return z
print(scope_test())
if (m := {"k": 1}.get("k")) is not None:
    print("found", m)
print(f"{(w := 'walrus')!r} {w.upper()}")
count = 0
def inc():
    global count
    count += 1
    return count
while (c := inc()) < 4:
    pass
print(c, count)
line = "key=value"
if (idx := line.find("=")) != -1:
    print(line[:idx], line[idx + 1:])
print([last := 0, last + 1])
