# bool(), list(), tuple(), dict() constructors
print(bool(), bool(0), bool(1), bool(-0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(range(0)))
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list({3: 0}.values()), list(range(3)), list(x * 2 for x in "ab"))
print(list(b"AB"), list(enumerate("xy")), list(zip("ab", "cd")), list(map(abs, [-1])), list(reversed("ab")))
src = [1, 2]
cp = list(src)
cp.append(3)
print(src, cp, cp is not src)
print(tuple(), tuple("abc"), tuple([1, [2]]), tuple(range(2)), tuple({1: 2}), tuple(x for x in (5, 6)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": "v"}, k="override", z=0))
print(dict(zip("abc", range(3))), dict([("dup", 1), ("dup", 2)]), dict(((1, 2), (3, 4))), dict([[5, 6]]))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict(enumerate("ab")))
for bad in [lambda: list(5), lambda: tuple(None), lambda: dict([1, 2]), lambda: dict([(1,)]), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()})
print(list(list(list([1]))), tuple(tuple()), dict(dict(a=dict(b=1))))
