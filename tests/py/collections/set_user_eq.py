# Set operations on elements whose equality is user-defined (__eq__/__hash__):
# union, intersection (which operand's elements are kept), difference,
# symmetric difference, their in-place forms and methods, comparisons, subset
# tests and isdisjoint, for set and frozenset. (These once compared user
# objects by identity.)


class K:
    def __init__(self, v, tag=''):
        self.v = v
        self.tag = tag

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return 'K(%d%s)' % (self.v, self.tag)


def show(s):
    return sorted(s, key=repr)


a = {K(1, 'a'), K(2, 'a'), K(3, 'a')}
b = {K(2, 'b'), K(3, 'b'), K(4, 'b')}
print(show(a | b), show(a & b), show(b & a))
print(show(a - b), show(b - a), show(a ^ b))
print(a == {K(1), K(2), K(3)}, a != {K(1), K(2), K(3)}, a == b)
print({K(2)} <= a, {K(2)} < a, a >= {K(3)}, a > a, a <= a)
print({K(9)}.issubset(a), a.issuperset([K(1), K(2)]), a.isdisjoint(b), a.isdisjoint({K(7)}))
c = set(a)
c |= {K(1, 'x'), K(5, 'x')}
print(show(c))
c &= {K(1, 'y'), K(5, 'y'), K(6, 'y')}
print(show(c))
c -= {K(1)}
print(show(c))
c ^= {K(5), K(8, 'z')}
print(show(c))
d = set(a)
d.symmetric_difference_update([K(3), K(10)])
d.difference_update([K(1)])
d.update({K(2, 'u')}, [K(11)])
print(show(d), show(d.intersection(b, {K(2)})), show(d.union([K(0)])))
print(show(a.difference(b, [K(1)])), show(a.symmetric_difference(b)))
fa = frozenset(a)
print(type(fa | b).__name__, show(fa ^ frozenset(b)), fa == frozenset([K(1), K(2), K(3)]))
print({1, K(1)} & {1.0, K(1, 'r')}, {K(1)} == {K(1)}, len({K(1)} | {K(1)}))
print(hash(frozenset([K(1)])) == hash(frozenset([K(1, 'q')])))
