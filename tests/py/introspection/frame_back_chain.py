# f_back walks out to the module frame, whose f_back is None.
import sys


def chain():
    names = [sys._getframe().f_code.co_name]
    fr = sys._getframe(1)
    while fr is not None:
        names.append((fr.f_code.co_name, fr.f_lineno))
        fr = fr.f_back
    return names


def a():
    return b()


def b():
    return c()


def c():
    return chain()


print(a())
print(chain())
print(sys._getframe(1) if False else sys._getframe().f_back is None)


class K:
    def method(self):
        return sys._getframe().f_back.f_code.co_name

    def __repr__(self):
        return sys._getframe(0).f_code.co_name


def via_method():
    return K().method()


print(via_method(), repr(K()))
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
