# An exception's __traceback__ is one object: reading it twice gives the same one.
def g():
    raise ValueError("v")


try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_next is tb.tb_next)
