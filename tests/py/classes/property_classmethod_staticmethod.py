# property (getter/setter/deleter), classmethod and staticmethod
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_valid(c):
        return c >= -273.15
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
t2 = Temperature.from_fahrenheit(212)
print(type(t2).__name__, t2.celsius, Temperature.is_valid(-300), t2.is_valid(0))
class Sub(Temperature):
    pass
print(type(Sub.from_fahrenheit(32)).__name__, Sub.from_fahrenheit(32).celsius)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__,
      type(Temperature.__dict__["is_valid"]).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def helper(a, b):
        return a + b
Counter(); Counter()
print(Counter.count(), Counter().count(), Counter.helper(2, 3), Counter().helper("a", "b"))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
def get_x(self):
    return self._x * 2
class Manual:
    x = property(get_x, doc="doubled x")
    def __init__(self):
        self._x = 21
print(Manual().x, Manual.x.__doc__, Manual.x.fget is get_x, Manual.x.fset)
class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 2))
print(Circle(2).area)
