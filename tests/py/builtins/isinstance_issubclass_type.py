# isinstance(), issubclass(), type()
class A: pass
class B(A): pass
class C: pass
a, b = A(), B()
print(isinstance(b, A), isinstance(a, B), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(a, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance({}, dict), isinstance(int, type), isinstance(A, object))
print(isinstance(b, (int, (str, (A,)))), isinstance(3, object), isinstance(object, object))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(type, object), issubclass(object, object), issubclass(B, (C, B)))
print(type(1), type(1.0), type("s"), type(b"b"), type([]), type(()), type({}), type(set()), type(None))
print(type(a).__name__, type(b) is B, type(b) == A, type(A), type(type), type(len), type(lambda: 0).__name__)
print(type(range(1)).__name__, type(iter([])).__name__, type(x for x in []).__name__, type(slice(1)).__name__)
print(type(True) is bool, type(1 + 1.0) is float, type(2 ** 100) is int, type(7 // 2), type(7 / 7))
T = type("T", (A,), {"v": 1})
print(T.__name__, issubclass(T, A), isinstance(T(), A), T.v, T.__bases__)
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "str"), lambda: type(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), type(Magic).__name__)
