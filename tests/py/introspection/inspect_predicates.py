# inspect.isfunction / isclass / ismethod / ismodule / isbuiltin / isroutine.
import inspect
import sys


def func():
    pass


class C:
    def meth(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


c = C()
print(inspect.isfunction(func), inspect.isfunction(C.meth), inspect.isfunction(c.meth))
print(inspect.isfunction(C.sm), inspect.isfunction(C.cm), inspect.isfunction(len), inspect.isfunction(lambda: 0))
print(inspect.ismethod(c.meth), inspect.ismethod(C.meth), inspect.ismethod(C.cm), inspect.ismethod(func))
print(inspect.isclass(C), inspect.isclass(c), inspect.isclass(int), inspect.isclass(type))
print(inspect.ismodule(sys), inspect.ismodule(inspect), inspect.ismodule(C))
print(inspect.isbuiltin(len), inspect.isbuiltin(func), inspect.isbuiltin([].append))
print(inspect.isroutine(func), inspect.isroutine(c.meth), inspect.isroutine(len), inspect.isroutine(C))
