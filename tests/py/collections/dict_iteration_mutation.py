# Mutating containers while iterating
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d) >= 3)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
d = {"a": 1}
try:
    for k in d:
        del d[k]
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i * i for i in range(6)}
print({k: v for k, v in d.items() if v > 5})
filtered = dict(filter(lambda kv: kv[0] % 2 == 0, d.items()))
print(filtered)
