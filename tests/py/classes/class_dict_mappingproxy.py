class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__, d['x'], 'x' in d, 'zz' in d, len(d) > 2, d.get('x'), d.get('q', 5))
print([k for k in d if not k.startswith('__')], sorted(k for k in d.keys() if not k.startswith('_')))
try:
    d['y'] = 2
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
cp = d.copy()
print(type(cp).__name__, cp['x'])
C.z = 3
print(d['z'], 'z' in d)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__)
print(repr(type('E', (), {'a': 1}).__dict__)[:25])
