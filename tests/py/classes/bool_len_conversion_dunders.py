# __bool__, __len__, __index__, __int__, __float__ and friends
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(bool(Box([])), bool(Box([1])), len(Box("abc")), "yes" if Box([0]) else "no")
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
print(bool(Flag(True)), not Flag(False))
print(Flag(False) or "fallback")
if Flag(True) and Flag(True):
    print("both truthy")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), [0] * Idx(2))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded"
    def __abs__(self):
        return "abs"
    def __neg__(self):
        return "neg"
n = Num()
print(int(n), float(n), round(n), abs(n), -n)
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    pass
print(bool(Truthy()), bool(Truthy))
class Sized:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Sized()), list(reversed(Sized())), 20 in Sized())
