# User-defined exception classes: args, attributes, str/repr, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident!r} not found")
        self.resource = resource
        self.ident = ident
class Invalid(AppError):
    def __init__(self, field, reason="invalid"):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
class WithRepr(AppError):
    def __repr__(self):
        return "WithRepr!"
e1 = AppError()
e2 = AppError("one")
e3 = AppError("one", 2, [3])
print(repr(e1), str(e1) == "", e1.args)
print(repr(e2), str(e2), e2.args)
print(repr(e3), str(e3), e3.args)
for exc in [NotFound("user", 42), Invalid("email"), Invalid("age", "negative"), WithRepr("msg")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", isinstance(e, AppError))
nf = NotFound("file", "a.txt")
print(nf.resource, nf.ident, nf.args)
try:
    raise Invalid("x")
except NotFound:
    print("wrong handler")
except Invalid as e:
    print("right handler:", e.field)
class Retryable(Exception):
    retries = 3
class Timeout(Retryable):
    pass
print(Timeout.retries, Timeout().retries, issubclass(Timeout, Exception), Timeout.__mro__[1].__name__)
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(code, f"code {code}")
ce = CodeError(7)
print(ce, ce.code, ce.args, repr(ce))
e = ValueError("a", "b")
print(str(e), repr(e), e.args)
e.args = ("replaced",)
print(str(e), repr(e))
class Empty(Exception):
    def __init__(self):
        pass
print(repr(Empty()), repr(str(Empty())), Empty().args)
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
