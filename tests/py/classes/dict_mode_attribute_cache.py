# Attribute loads and method calls on instances whose __dict__ was asked for
# (pyjit keeps those in dict storage and caches lookups by class): values
# changed through __dict__ and through attributes, an instance attribute that
# shadows a method and is then deleted, a class attribute added later, a
# property added to the class after the site ran, and several classes at
# one site.


class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def m(self):
        return 'method'


def read(o):
    return o.x, o.m()


p = P(x=1)
for i in range(3):
    print(read(p))
    p.__dict__['x'] = i * 10
print(read(p))
p.m = lambda: 'shadowed'
print(read(p))
del p.m
print(read(p))
del p.x
try:
    read(p)
except AttributeError as e:
    print('AttributeError:', e)
P.x = 'class x'
print(read(p))
P.x = property(lambda self: 'property x')
p.__dict__['x'] = 'instance x'
print(read(p))
del P.x
print(read(p))


class Q(P):
    def m(self):
        return 'Q method'


objs = [P(x=1), Q(x=2), P(x=3), Q(x=4)]
for o in objs * 2:
    print(read(o), end=' ')
print()
q = Q(x=5)
vars(q)['y'] = 6
print(q.y, sorted(vars(q)), read(q))
