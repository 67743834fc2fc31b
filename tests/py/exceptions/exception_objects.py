# Exceptions are ordinary objects: stored, compared, re-raised, inspected
errors = []
for v in ["1", "x", "", "3"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors], [type(e).__name__ for e in errors])
try:
    raise errors[0]
except ValueError as e:
    print("re-raised stored:", e, e is errors[0])
e1, e2 = ValueError("same"), ValueError("same")
print(e1 == e2, e1 is e2, e1.args == e2.args, e1 == e1)
def make(kind, *args):
    return kind(*args)
exc = make(KeyError, "made")
print(repr(exc), isinstance(exc, KeyError), type(exc).__mro__[1].__name__)
try:
    raise make(IndexError, "dynamic")
except IndexError as e:
    print(repr(e))
e = Exception("a", 1, None)
print(e.args, str(e), repr(e), len(e.args))
print(str(Exception()), repr(Exception()), str(Exception("")), repr(Exception("")))
print(str(Exception(5)), str(Exception(("tuple",))), str(Exception([1, 2])))
try:
    raise ValueError("scoped")
except ValueError as err:
    saved = err
print("saved outside:", saved)
try:
    err
except NameError as ne:
    print("NameError:", ne)
cls = ZeroDivisionError
try:
    1 / 0
except cls as caught:
    print(type(caught) is cls, caught.args)
def raiser(exc_type):
    raise exc_type("from raiser")
results = {}
for t in (ValueError, TypeError, KeyError):
    try:
        raiser(t)
    except Exception as e:
        results[t.__name__] = str(e)
print(results)
se = StopIteration("val")
print(se.value, se.args)
ke = KeyError("k")
print(str(ke), ke.args[0], str(KeyError(1, 2)))
print(BaseException("x").with_traceback(None).args)
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror, str(oe), type(oe).__name__)
fe = FileNotFoundError(2, "gone", "path.txt")
print(fe.errno, fe.filename, str(fe), isinstance(fe, OSError))
