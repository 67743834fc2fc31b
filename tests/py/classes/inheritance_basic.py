# Single inheritance: overriding, extending, isinstance/issubclass
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "meow"
pets = [Animal("generic"), Dog("rex"), Puppy("bit", 3), Cat("tom")]
for p in pets:
    print(p.describe())
print(isinstance(pets[2], Dog), isinstance(pets[2], Animal), isinstance(pets[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, (Dog, Animal)))
print(isinstance(pets[1], (Cat, Puppy)), isinstance(pets[1], (Cat, Dog)))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(Puppy.kind, Puppy("x", 1).name, Dog.speak(Puppy("y", 2)))
class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Base().template(), Derived().template())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.count, SubCounter.count)
print(issubclass(bool, int), issubclass(int, object), isinstance(Dog, type), type(Dog).__name__)
print(Dog.__subclasses__()[0].__name__, len(Animal.__subclasses__()))
class NoInit(Animal):
    pass
print(NoInit("inherited init").name)
try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
