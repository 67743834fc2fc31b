# eval/exec accept any mapping as locals and reject other objects like CPython.
class L:
    def __init__(self): self.d = {"y": 5}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
print(eval("y", {}, L()))
for bad in [5, 2.5, None]:
    try:
        print(eval("1", {}, bad))
    except TypeError as e:
        print("TypeError:", e)
