# Code object attributes of plain functions, closures and lambdas.


def plain(a, b, /, c, *args, d, e=1, **kw):
    local = 1
    return local


co = plain.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_firstlineno)
print(co.co_filename.rsplit("/", 1)[-1], type(co).__name__)


def outer(x):
    y = 2

    def inner(z):
        return x + y + z

    return inner


print(outer.__code__.co_cellvars, outer(1).__code__.co_freevars, outer(1).__code__.co_varnames)
print(outer(1).__code__.co_name, outer(1).__code__.co_qualname)
lam = lambda q, r=2: q
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_argcount)


class C:
    def m(self):
        pass


print(C.m.__code__.co_qualname, C.m.__code__.co_varnames, C.m.__code__.co_firstlineno)
print(plain.__name__, plain.__qualname__, plain.__module__, plain.__defaults__, plain.__kwdefaults__)
