# pprint: strings, bytes and collections -- long strings split at whitespace
# into implicitly concatenated pieces (at top level in parentheses, inside
# containers aligned), multi-line strings split after newlines, words longer
# than the width, bytes/bytearray wrapped every 4 bytes, and the layouts of
# OrderedDict, defaultdict, Counter, ChainMap, deque (with maxlen), UserDict,
# UserList, UserString and mappingproxy.
import pprint
import collections

print(pprint.pformat('x' * 100))
print(pprint.pformat('lorem ipsum dolor sit amet ' * 6))
print(pprint.pformat('lorem ipsum dolor sit amet ' * 6, width=30))
print(pprint.pformat(['lorem ipsum dolor sit amet ' * 6], width=40))
print(pprint.pformat({'text': 'lorem ipsum dolor sit amet ' * 6, 'n': 1}, width=50))
print(pprint.pformat(('a long string with many words ' * 4,), width=50))
print(pprint.pformat('line one\nline two\n' * 4, width=30))
print(pprint.pformat(['line one\nline two ' * 5], width=40))
print(pprint.pformat(' leading spaces and trailing   ' * 4, width=30))
print(pprint.pformat('tabs\tand\tmore\ttabs ' * 5, width=30))
print(pprint.pformat('quote\'s "double" ' * 8, width=40))
print(pprint.pformat('é ü ñ 日本語 ' * 10, width=30))
print(pprint.pformat('supercalifragilisticexpialidocious ' * 3, width=20))
print(pprint.pformat('a\n\nb\r\nc', width=5), pprint.pformat('', width=1), pprint.pformat('short', width=1))
print(pprint.pformat([['word ' * 20]], width=35))
print(pprint.pformat({'k': {'k2': 'word ' * 20}}, width=35))
print(pprint.pformat('word ' * 20, depth=1, width=40))

print(pprint.pformat(b'abcdefgh' * 12))
print(pprint.pformat(b'abcdefgh' * 12, width=40))
print(pprint.pformat([b'\x00\x01\xff\xfe' * 10, b'abcd'], width=30))
print(pprint.pformat(bytearray(b'xyz' * 30), width=40))
print(pprint.pformat({'b': bytearray(b'0123456789' * 5)}, width=40))
print(pprint.pformat(b'abc', width=1), pprint.pformat(bytearray(), width=1))

od = collections.OrderedDict((str(i), i) for i in range(12))
print(pprint.pformat(od, width=40))
print(pprint.pformat(collections.OrderedDict(), width=1), pprint.pformat(collections.OrderedDict(a=1)))
dd = collections.defaultdict(list, {'a': list(range(15)), 'b': [1]})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.defaultdict(int), width=1))
c = collections.Counter('abracadabra' * 3 + 'xyzw')
print(pprint.pformat(c, width=30))
print(pprint.pformat(collections.Counter(), width=1), pprint.pformat(c, width=200))
cm = collections.ChainMap({'a': 1, 'b': list(range(10))}, {'c': 3})
print(pprint.pformat(cm, width=30))
print(pprint.pformat(collections.ChainMap(), width=1), pprint.pformat(collections.ChainMap({}, {}), width=1))
print(pprint.pformat(collections.deque(range(20), maxlen=30), width=30))
print(pprint.pformat(collections.deque(range(20)), width=30))
print(pprint.pformat(collections.deque(), width=1), pprint.pformat(collections.deque([1], maxlen=5)))
print(pprint.pformat(collections.UserList(range(25)), width=30))
print(pprint.pformat(collections.UserDict({i: str(i) * 5 for i in range(6)}), width=30))
print(pprint.pformat(collections.UserString('word ' * 20), width=30))
print(pprint.pformat([collections.UserString('word ' * 20)], width=30))


class C:
    a = 1
    b = 'x' * 30
    c = list(range(10))


proxy = C.__dict__
print(type(proxy).__name__, pprint.pformat({k: v for k, v in proxy.items() if not k.startswith('__')}, width=30))


class MyCounter(collections.Counter):
    pass


class MyOrdered(collections.OrderedDict):
    pass


print(pprint.pformat(MyCounter('hello world'), width=20))
print(pprint.pformat(MyOrdered(zip('abcdef', range(6))), width=20))
print(pprint.pformat([collections.deque('abc'), collections.OrderedDict(x=1)], width=10))
