# pprint: pprint/pformat/pp and PrettyPrinter on nested dicts, lists, tuples,
# sets and frozensets -- the width at which containers break, indent, depth
# limits ([...], {...}, (...)), compact packing, sort_dicts (keys of mixed
# types too), underscore_numbers, 1-tuples, empty containers, subclasses with
# and without their own __repr__, recursion detection via isrecursive/
# isreadable/saferepr, PrettyPrinter.format, streams, and argument errors.
import pprint


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


data = {
    'name': 'pyjit',
    'versions': list(range(30)),
    'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': {'f': 'deep'}}}},
    'tuple1': (1,),
    'set': {3, 1, 2},
    'fs': frozenset({10, 20}),
    10: None,
    'matrix': [[i * j for j in range(6)] for i in range(6)],
    'empty': [(), [], {}, set(), frozenset()],
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=3, width=30)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
pprint.pp(data, width=60, sort_dicts=True, indent=2)
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([list(range(8)) for _ in range(4)], compact=True, width=30))
print(pprint.pformat([[1, 2], 'abc', [3, [4, [5, 6]]]] * 3, compact=True, width=20))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset(range(25)), width=40))
print(pprint.pformat(tuple(range(25)), width=30), pprint.pformat((tuple(range(25)),), width=30))
print(pprint.pformat({'k': (list(range(12)),)}, width=20))
print(pprint.pformat({(1, 2): 'a', (0, 5): 'b', 'str': 1, 2: 3, 1.5: 0, None: 'n'}, width=20))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}), pprint.pformat({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False))
print(pprint.pformat([{'a' * 30: 'b' * 30}, [[[[1, 2, 3]]]], ()], depth=3, width=30))
print(pprint.pformat(12345678901234, underscore_numbers=True), pprint.pformat([10 ** 12, -5000, 2.5], underscore_numbers=True))
print(pprint.pformat({'x': [1, 2]}, width=1), pprint.pformat([], width=1), pprint.pformat(-3))
print(pprint.pformat([1, 2, 3], indent=0, width=3), pprint.pformat({'a': [1, 2], 'b': 2}, indent=3, width=8))
print(pprint.pformat(list(range(5)), width=-1))


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList!'


class MyTuple(tuple):
    pass


print(pprint.pformat(MyDict({i: i * i for i in range(15)}), width=40))
print(pprint.pformat([MyList(range(50))] * 3, width=20), pprint.saferepr(MyList([1])))
print(pprint.pformat(MyTuple(range(20)), width=30), pprint.pformat(MyDict()), pprint.pformat(MyTuple()))

# saferepr, isreadable, isrecursive
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr([1, {'z': 1, 'a': 2}]))
print(pprint.isreadable([1, 'a', None, 2.5, (1,)]), pprint.isreadable([object]), pprint.isreadable({1: len}))
print(pprint.isrecursive([1]), pprint.isrecursive({'a': {'b': []}}))
r = [1, 2]
r.append(r)
d = {'k': 1}
d['self'] = d
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isrecursive(d), pprint.isrecursive([r]))
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({'x': [1, 2, 3, 4, 5, 6, 7, 8], 'y': ('a' * 10, 'b' * 10)}))
print(pp.isreadable({1: 2}), pp.isrecursive({}), pp.isrecursive(r), pp.isreadable(r))
print(pp.format([1, {2: 3}], {}, 0, 0), pp.format(len, {}, 0, 0)[1:], pp.format([[1]], {}, 1, 0))
print(pprint.PrettyPrinter(depth=1).pformat([[1], {2: 3}, (4,), 5]))

# streams
sink = Sink()
pprint.pprint({'z': 1, 'a': [2] * 40}, stream=sink)
print(''.join(sink.parts), end='')
sink = Sink()
printer = pprint.PrettyPrinter(stream=sink, width=15)
printer.pprint(list(range(6)))
printer.pprint('short')
print(sink.parts)
pprint.PrettyPrinter().pprint({'to': 'stdout'})

# argument checking
for kw in [dict(indent=-1), dict(depth=0), dict(depth=-2), dict(width=0), dict(indent='2', width='30')]:
    try:
        p = pprint.PrettyPrinter(**kw)
        print('ok', p.pformat(list(range(12))))
    except Exception as e:
        print(type(e).__name__, e)
print(pprint.__all__)
