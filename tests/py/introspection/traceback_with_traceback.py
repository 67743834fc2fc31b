# exc.with_traceback(tb) sets __traceback__; raising it continues from tb.
def inner():
    raise ValueError("v")


def names(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    inner()
except ValueError as e:
    saved = e
e2 = TypeError("t")
print(e2.with_traceback(saved.__traceback__) is e2, names(e2))
try:
    raise TypeError("t").with_traceback(saved.__traceback__)
except TypeError as e:
    print(names(e))
