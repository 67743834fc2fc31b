# slice objects: attributes, indices(), use in subscripts, custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, 3), slice(1, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdefgh"[slice(2, 6)], (0, 1, 2, 3)[slice(-2, None)])
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4), slice(-3, -1).indices(10), slice(-100, 100).indices(3))
print(slice(2, 0, -1).indices(5), slice(None, None, 3).indices(0), slice(10, 20).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slice is hashable in this version")
except TypeError as e:
    print("TypeError:", e)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[:], sh[1:2, 3], sh[..., 1:], sh[1:2:3], sh[-1:])
print(type(sh[1:2]).__name__, sh[slice(7)])
seq = "0123456789"
for sl in [slice(2, 7), slice(None, None, 2), slice(-3, None), slice(8, 2, -2), slice(100, 200)]:
    print(sl, repr(seq[sl]), list(range(*sl.indices(len(seq)))))
lst = list(range(6))
lst[slice(1, 3)] = ["a", "b", "c"]
print(lst)
del lst[slice(0, None, 2)]
print(lst)
x = slice("a", "b", "c")
print(x.start, x.stop, x.step)
