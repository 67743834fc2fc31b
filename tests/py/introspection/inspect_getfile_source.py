# inspect.getfile / getmodule / getsource / getdoc on functions and classes.
import inspect
import sys


def documented(x):
    """First line.

    More.
    """
    return x


class Small:
    def m(self):
        return 1


print(inspect.getfile(documented).rsplit("/", 1)[-1], inspect.getmodule(documented) is sys.modules[__name__])
print(inspect.getsource(documented), end="")
print(inspect.getsource(Small), end="")
print(inspect.getdoc(documented))
print(inspect.getsourcelines(Small.m))
