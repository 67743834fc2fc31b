# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally, i =", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)
def find(target, items):
    idx = 0
    while idx < len(items):
        if items[idx] == target:
            print("found", target, "at", idx)
            break
        idx += 1
    else:
        print(target, "not found")
find(3, [1, 2, 3, 4])
find(9, [1, 2, 3, 4])
find(1, [])
count = 0
while count < 3:
    count += 1
else:
    print("else runs when condition becomes false:", count)
k = 10
while k:
    k -= 3
    if k < 0:
        print("negative, breaking", k)
        break
else:
    print("no break")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end="; ")
        inner += 1
    outer += 1
print()
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
