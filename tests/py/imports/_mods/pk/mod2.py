from . import mod1
def f2():
    return "f2"
