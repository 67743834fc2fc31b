# C3 method resolution order, printed via __mro__
def mro(cls):
    return [c.__name__ for c in cls.__mro__]
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(mro(D))
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(mro(AA))
print(mro(BB), mro(CC))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def hello(self):
        return "mixin " + super().hello()
class Root:
    def hello(self):
        return "root"
class Leaf(Mixin, Root):
    pass
print(Leaf().hello(), mro(Leaf))
class P1:
    def who(self): return "P1"
class P2:
    def who(self): return "P2"
class Child(P1, P2): pass
class Child2(P2, P1): pass
print(Child().who(), Child2().who())
print(mro(bool), mro(int), mro(object))
print(D.mro() == list(D.__mro__), type(D.__mro__).__name__)
class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print(mro(K6))
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Order(A, B): pass
except TypeError as e:
    print("TypeError:", e)
