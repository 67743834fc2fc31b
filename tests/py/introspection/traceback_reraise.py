# Re-raising keeps and extends the traceback; with_traceback replaces it.
def inner():
    raise ValueError("v")


def middle():
    try:
        inner()
    except ValueError:
        raise


def names(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    middle()
except ValueError as e:
    print(names(e))


def rethrow_named():
    try:
        inner()
    except ValueError as e:
        raise e


try:
    rethrow_named()
except ValueError as e:
    print(names(e))
try:
    inner()
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print(names(e))
try:
    raise RuntimeError("fresh").with_traceback(None)
except RuntimeError as e:
    print(names(e))
e2 = TypeError("no tb")
print(e2.__traceback__, e2.with_traceback(None) is e2)
