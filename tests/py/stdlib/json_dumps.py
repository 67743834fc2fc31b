# json: encoding with dumps/dump -- every basic type, int/float subclasses,
# float formatting (repr, NaN/Infinity, allow_nan=False on the compact and the
# indented paths), string escaping with ensure_ascii on and off (control
# characters, quotes, backslashes, non-BMP characters as surrogate pairs),
# non-str keys, skipkeys, sort_keys, indent as int/str/0/negative, separators,
# default=, circular references, and the TypeErrors for bad objects and keys.
import json


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(2 ** 70), json.dumps(-(10 ** 25)), json.dumps(1.5), json.dumps(-0.0), json.dumps(1e16))
print(json.dumps([1e-7, 0.1, 1.0, 123456789.123, 1e22, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps('plain'), json.dumps(''), json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]))
print(json.dumps([1, 'two', 3.0, None, True, [False, {}], {'k': (1, 2)}]))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {'d': None}}))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyDict(dict):
    pass


class MyList(list):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1), MyList([1]), (1,)]))
print(json.dumps({MyInt(3): MyFloat(0.5)}), json.dumps(MyList()), json.dumps(MyDict()))

# strings
s = 'quote " backslash \\ slash / \b\f\n\r\t \x00\x01\x1f \x7f é ñ € 𝄞 \u2028 end'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'ключ': 'значение', '日本': ['語']}))
print(json.dumps({'ключ': 'значение', '日本': ['語']}, ensure_ascii=False))
print(json.dumps('\U0010ffff\U00010000'), json.dumps('\uffff'))
print(json.encoder.encode_basestring('a"b\n'), json.encoder.encode_basestring_ascii('é"\x00'))

# keys
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n', 'str': 's'}))
print(json.dumps({float('nan'): 1, float('inf'): 2, -0.0: 3, 10 ** 20: 4}))
attempt(json.dumps, {(1, 2): 'tuple'})
attempt(json.dumps, {(1, 2): 'tuple'}, indent=2)
attempt(json.dumps, {b'x': 1})
print(json.dumps({(1, 2): 'a', 'b': 2, frozenset(): 3}, skipkeys=True))
print(json.dumps({(1, 2): 'a', 'b': 2}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 'a'}, skipkeys=True), repr(json.dumps({(1, 2): 'a'}, skipkeys=True, indent=2)))

# sort_keys
d = {'b': 1, 'a': [3, {'z': 1, 'y': 2}], 'c': {'e': 5, 'd': 4}}
print(json.dumps(d, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
attempt(json.dumps, {1: 'int', 'a': 'str'}, sort_keys=True)
attempt(json.dumps, {1: 'int', 'a': 'str'}, sort_keys=True, indent=1)

# indent and separators
obj = {'name': 'pyjit', 'list': [1, [2, []], {}], 'nested': {'k': [True, None]}, 'empty': ''}
print(json.dumps(obj, indent=4))
print(json.dumps(obj, indent='\t'))
print(json.dumps(obj, indent=0))
print(json.dumps([1, [2]], indent=-1))
print(json.dumps(obj, indent='--', sort_keys=True))
print(json.dumps(obj, indent=2, separators=(' ,', ' = ')))
print(json.dumps(obj, separators=(',', ':')))
print(json.dumps(obj, separators=('; ', '=')))
print(json.dumps([1, 2, {'a': 3}], indent=1, separators=(',', ': ')))

# allow_nan
for value in (float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}):
    attempt(json.dumps, value, allow_nan=False)
    attempt(json.dumps, value, allow_nan=False, indent=1)
print(json.dumps([1.5, 2], allow_nan=False))

# default and unserialisable objects
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}, {'p': Point(0, Point(5, 6))}], default=encode_point))
print(json.dumps({'p': Point(1, 2)}, default=encode_point, indent=2))
attempt(json.dumps, object())
attempt(json.dumps, {1, 2})
attempt(json.dumps, [b'bytes'])
attempt(json.dumps, {'a': 1j}, indent=2)
attempt(json.dumps, [Point], default=encode_point)
attempt(json.dumps, Point(1, 2), default=lambda o: o)
attempt(json.dumps, Point(1, 2), default=lambda o: o, indent=2)

# circular references
lst = [1]
lst.append(lst)
attempt(json.dumps, lst)
attempt(json.dumps, lst, indent=2)
dct = {}
dct['self'] = dct
attempt(json.dumps, dct)
attempt(json.dumps, {'a': dct}, indent=2)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]))


# dump to a file-like object
class Sink:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


sink = Sink()
json.dump({'a': [1, 2], 'b': 'c'}, sink)
print(''.join(sink.chunks))
sink = Sink()
json.dump([1, {'k': None}], sink, indent=2, sort_keys=True)
print(''.join(sink.chunks))
print(sink.chunks)
