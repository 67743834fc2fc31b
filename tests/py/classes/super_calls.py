# super(): cooperative multiple inheritance, explicit forms, classmethods
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
    def greet(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
    def greet(self):
        return ["Left"] + super().greet()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
    def greet(self):
        return ["Right"] + super().greet()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
    def greet(self):
        return ["Bottom"] + super().greet()
b = Bottom(left=1, right=2, extra=3)
print(b.greet())
print(super(Left, b).greet(), super(Bottom, b).greet())
class Shape:
    @classmethod
    def create(cls):
        return f"Shape.create for {cls.__name__}"
    def area(self):
        return 0
class Square(Shape):
    def __init__(self, s):
        self.s = s
    @classmethod
    def create(cls):
        return "Square says: " + super().create()
    def area(self):
        return self.s ** 2 + super().area()
print(Square.create(), Square(3).area())
class Loud(str):
    def __str__(self):
        return super().__str__().upper() + "!"
print(str(Loud("quiet")), Loud("x") + "y", len(Loud("abc")))
class MyList(list):
    def append(self, v):
        super().append(v * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml), isinstance(ml, list))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
md = MyDict()
md["KEY"] = 1
print(md, md["key"])
class Grand:
    def who(self):
        return "grand"
class Parent(Grand):
    def who(self):
        return "parent"
class Kid(Parent):
    def who(self):
        return super(Parent, self).who()
print(Kid().who())
class InitOrder:
    def __init__(self):
        self.trail = ["InitOrder"]
class Ext(InitOrder):
    def __init__(self):
        super().__init__()
        self.trail.append("Ext")
print(Ext().trail)
