# Forms of raise: class, instance, bare re-raise, raise in handler, raise inside finally
def attempt(fn):
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}({', '.join(map(repr, e.args))})"
    return "no exception"
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("with message")
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        raise
def reraise_modified():
    try:
        raise KeyError("original")
    except KeyError as e:
        e.args = ("modified",)
        raise
def reraise_named():
    try:
        raise IndexError("named")
    except IndexError as err:
        raise err
def replace_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")
def raise_in_finally():
    try:
        raise KeyError("lost")
    finally:
        raise RuntimeError("from finally")
def raise_from_function_result():
    def make(msg):
        return LookupError(msg)
    raise make("built by function")
def conditional(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
for fn in [raise_class, raise_instance, reraise, reraise_modified, reraise_named, replace_in_handler,
           raise_in_finally, raise_from_function_result, lambda: conditional(-5), lambda: conditional(5)]:
    print(attempt(fn))
try:
    raise
except RuntimeError as e:
    print("bare raise with no active exception:", e)
def outer_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
print(attempt(outer_handler))
def raise_after_handled():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    try:
        raise
    except RuntimeError as e:
        return f"after handler: {e}"
print(raise_after_handled())
class Builder:
    def fail(self):
        raise NotImplementedError(f"{type(self).__name__}.fail")
print(attempt(Builder().fail))
print(attempt(lambda: (_ for _ in ()).throw(ValueError("via throw"))))
