# inspect.getmembers on a small class and instance, filtered to user names.
import inspect


class Base:
    base_attr = 0

    def base_method(self):
        return 0


class Thing(Base):
    """Doc."""

    size = 3
    _private = 1

    def __init__(self):
        self.inst = "i"

    def grow(self):
        return self.size + 1

    @property
    def prop(self):
        return 7

    @staticmethod
    def st():
        return 1

    @classmethod
    def cl(cls):
        return cls


def user(pairs):
    return [(n, type(v).__name__) for n, v in pairs if not n.startswith("__")]


print(user(inspect.getmembers(Thing)))
print(user(inspect.getmembers(Thing())))
print([n for n, v in inspect.getmembers(Thing, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Thing(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Thing) if n == "__doc__"], inspect.getmembers(Thing)[0][0])
