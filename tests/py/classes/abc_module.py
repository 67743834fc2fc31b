import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), type(Shape).__name__)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


Registered.register(int)
print(isinstance(5, Registered), isinstance("x", Registered), issubclass(bool, Registered))


class WithProps(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    WithProps()
except TypeError as e:
    print("TypeError", e)


class Impl(WithProps):
    value = 3

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().value, abc.ABC.__abstractmethods__)
