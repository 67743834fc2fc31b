# str() of many objects, and conversions between str and other types
print(str(), str(""), str(0), str(-1.5), str(10 ** 20), str(1e-9), str(True), str(None))
print(str([1, "a", None]), str((1,)), str(()), str({"k": [1, 2]}), str({1}), str(set()), str(frozenset({2})))
print(str(range(3)), str(range(1, 10, 2)), str(slice(1, 2)), str(b"x"), str(bytearray(b"y")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(int), str(type(None)))
print(repr(str(3.0)), str(-0.0), str(float("inf")), str([1.0, 2.5, -0.0]))
nested = [1, [2, [3, [4]]], (5, {"six": 6})]
print(str(nested), repr(nested) == str(nested))
print(str(str), str(len), str(print) == "<built-in function print>")
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(str(A()), repr(A()), [A()], (A(),), {"k": A()}, f"{A()}", "%s %r" % (A(), A()))
print(list("abc"), tuple("ab"), "".join(list("abc")), int("12") + int(str(3)), float("1." + "5"))
print(str(12).zfill(5), str(3.14).split("."), "".join(map(str, range(10))))
print(isinstance(str(5), str), type(str(5)).__name__, str("x") is not None)
print(str(object)[:8], str(Exception("msg")), str(ValueError(1, 2)), str(KeyError("k")), repr(KeyError("k")))
