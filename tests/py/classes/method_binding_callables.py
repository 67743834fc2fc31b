# Bound methods whose function is not a Python function: a class used as a
# classmethod (`__class_getitem__ = classmethod(Alias)`), a callable instance,
# with positional and keyword arguments (this once crashed the VM); equality and
# hashing of bound methods (same object and equal functions).


class Alias:
    def __init__(self, origin, args, *rest, **kw):
        self.origin = origin
        self.args = args
        self.rest = rest
        self.kw = kw

    def __repr__(self):
        return 'Alias(%s, %r, %r, %r)' % (self.origin.__name__, self.args, self.rest, self.kw)


class W:
    __class_getitem__ = classmethod(Alias)
    make = classmethod(Alias)


print(W[int], W[int, str])
print(W.make(1, 2, 3, k=4), W().make('x', key='y'))


class Tracer:
    def __call__(self, *args, **kw):
        return ('called', len(args), sorted(kw))


class V:
    t = classmethod(Tracer())


print(V.t(1, 2, a=3))


class A:
    def m(self):
        return 1


a, b = A(), A()
print(A.m.__get__(a) == a.m, a.m == a.m, a.m != b.m, a.m == A.m)
print(hash(a.m) == hash(A.m.__get__(a)), len({a.m, a.m, b.m}))
print([].append == [].append, len({a.m: 1, A.m.__get__(a): 2}))
