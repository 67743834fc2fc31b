# Working with nested lists/dicts: matrices, transposes, trees, JSON-like data
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
print(matmul(A, B))
print(list(zip(*A)), [list(r) for r in zip(*B)])
ident = [[int(i == j) for j in range(4)] for i in range(4)]
for row in ident:
    print(" ".join(str(v) for v in row))
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print(total(tree), depth(tree))
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
record = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3}, "history": [(2020, 1.5), (2021, 2.0)]}
print(record["dims"]["w"] * record["dims"]["h"], record["tags"][-1], record["history"][1][0])
record["tags"].append("c")
record["dims"]["d"] = 4
print(record)
inv = {}
for k, vals in {"x": [1, 2], "y": [2, 3]}.items():
    for v in vals:
        inv.setdefault(v, []).append(k)
print(inv)
board = [["."] * 5 for _ in range(3)]
board[1][2] = "#"
board[0][4] = "@"
print("\n".join("".join(r) for r in board))
counts = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        counts[i][j] = i * 3 + j
print(counts, [sum(r) for r in counts], [sum(c) for c in zip(*counts)])
print(sorted([{"n": 3}, {"n": 1}, {"n": 2}], key=lambda d: d["n"]))
