def f1():
    from .mod2 import f2
    return "f1+" + f2()
