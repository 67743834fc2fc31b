# Breaking out of nested loops with flags, for-else and functions
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = False
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = True
            break
    if found:
        break
print("flag:", found, r, c)
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 8:
            break
    else:
        continue
    break
print("for-else:", r, c)
def locate(t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None
print("return:", locate(6), locate(42))
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
count = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if a + b + c == 5:
                count += 1
print("triples summing to 5:", count)
i = 0
while i < 3:
    for j in range(5):
        if j == i + 1:
            break
        print(f"{i}{j}", end=" ")
    i += 1
print()
