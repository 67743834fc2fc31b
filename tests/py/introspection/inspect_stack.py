# inspect.stack(): FrameInfo records from the current frame outwards.
import inspect


def inner():
    st = inspect.stack()
    print([(fi.function, fi.lineno) for fi in st])
    print(st[0].filename.rsplit("/", 1)[-1], st[0][3], st[1].function, st[0].code_context, st[0].index)


def outer():
    inner()


outer()
