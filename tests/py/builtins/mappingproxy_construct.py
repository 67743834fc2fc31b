# types.MappingProxyType(d): a live read-only view of a dict.
import types
from collections import OrderedDict

d = {'a': 1}
p = types.MappingProxyType(d)
print(p, repr(p), p['a'], len(p), list(p), p.get('b', 2), 'a' in p)
print(p.keys(), p.copy(), p == {'a': 1}, {'a': 1} == p, p != {'a': 2})
d['b'] = 2
print(p, list(p.items()))
try:
    p['c'] = 3
except TypeError as e:
    print(e)
for bad in ([1], 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
print(types.MappingProxyType(OrderedDict(x=1)))
print(types.MappingProxyType(p), type(p).__name__)
