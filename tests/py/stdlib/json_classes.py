# json: the JSONEncoder and JSONDecoder classes and hooks -- encoder attributes
# and separators defaults, encode()/iterencode() chunks, subclasses overriding
# default() (via cls= too), check_circular=False with acyclic data;
# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
# raw_decode with offsets, decoder subclasses via cls=, load() from a
# file-like object, JSONDecodeError attributes and pickling support, and a
# round trip of a nested document.
import json
from fractions import Fraction
from json import JSONDecoder, JSONEncoder, JSONDecodeError

e = JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular,
      e.allow_nan, e.sort_keys, e.indent)
e2 = JSONEncoder(indent=2)
print(repr(e2.item_separator), repr(e2.key_separator))
e3 = JSONEncoder(separators=(';', '='), indent=1)
print(repr(e3.item_separator), repr(e3.key_separator))
print(e.encode({'a': [1, 2]}), e.encode('é'), JSONEncoder(ensure_ascii=False).encode('é'))
print(list(e.iterencode({'a': [1, {'b': None}], 'c': 'd'})))
print(list(e.iterencode([1, 'x', [2.5, True]])))
print(list(e2.iterencode({'k': [1, 2], 'm': {}})))
print(list(e.iterencode('str')), list(e.iterencode(5)), list(e.iterencode(None)))
print(''.join(e.iterencode({'x': 1}, _one_shot=True)))
try:
    e.default(object())
except TypeError as err:
    print('TypeError', err)


class SetEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Fraction):
            return {'__fraction__': [o.numerator, o.denominator]}
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}, 'f': Fraction(3, 4), 'c': 1 + 2j}, cls=SetEncoder))
print(json.dumps([frozenset({5, 4})], cls=SetEncoder, indent=1))
print(SetEncoder(sort_keys=True).encode({'b': {2}, 'a': Fraction(1, 3)}))
try:
    json.dumps([object()], cls=SetEncoder)
except TypeError as err:
    print('TypeError', err)
print(json.dumps({'a': [1, [2, [3]]]}, check_circular=False))


class Upper(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({'key': 'value'}, cls=Upper))

# decoder hooks
doc = '{"a": 1.5, "b": [2, 3.25e1], "c": {"d": NaN, "e": -Infinity}, "a": 7}'
print(json.loads(doc, parse_float=Fraction))
print(json.loads(doc, parse_int=float, parse_float=str))
print(json.loads(doc, parse_constant=lambda name: '<' + name + '>'))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 'hook', object_pairs_hook=lambda p: len(p)))
print(json.loads('[{"x": {"y": {}}}]', object_hook=lambda d: ('obj', len(d))))


def as_fraction(d):
    if '__fraction__' in d:
        return Fraction(*d['__fraction__'])
    return d


text = json.dumps({'f': Fraction(3, 4), 'l': [Fraction(-1, 2)]}, cls=SetEncoder)
print(text, json.loads(text, object_hook=as_fraction))


def reject(name):
    raise ValueError('constant not allowed: ' + name)


try:
    json.loads('[1, NaN]', parse_constant=reject)
except ValueError as err:
    print(type(err).__name__, err)
try:
    json.loads('[1, 2x]', parse_int=int)
except JSONDecodeError as err:
    print('JSONDecodeError', err)

d = JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('xx[1, 2]yy', 2), d.raw_decode('"s"'))
try:
    d.raw_decode('   [1]')
except JSONDecodeError as err:
    print('JSONDecodeError', err)
print(d.decode(' [true] '), d.strict, d.object_hook, d.parse_float is float, d.parse_int is int)
print(JSONDecoder(strict=False).decode('"tab\there"'))
print(d.scan_once('[1, 2] rest', 0))
try:
    d.scan_once('[1, 2]', 6)
except StopIteration as err:
    print('StopIteration', err.value)


class PairsDecoder(JSONDecoder):
    def __init__(self, **kw):
        kw['object_pairs_hook'] = lambda pairs: dict(reversed(pairs))
        super().__init__(**kw)


print(json.loads('{"a": 1, "b": 2, "c": {"x": 0, "y": 1}}', cls=PairsDecoder))

err = JSONDecodeError('Boom', 'line one\nline two', 12)
print(str(err), err.msg, err.pos, err.lineno, err.colno, repr(err.doc))
print(isinstance(err, ValueError), err.__reduce__(), err.args)
err = JSONDecodeError('At start', 'abc', 0)
print(err, err.colno)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Source('{"from": "file", "n": [1, 2]}')))
print(json.load(Source('[1.25]'), parse_float=Fraction))
print(json.load(Source(b'[2]')))

data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.99, 'stock': None,
        'dims': {'w': 2, 'h': 3.5, 'notes': 'é\n"q"'}, 'ok': True, 'big': 2 ** 64}
for kwargs in ({}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')},
               {'ensure_ascii': False}):
    text = json.dumps(data, **kwargs)
    print(json.loads(text) == data, len(text))
print(json.__all__, json.__version__)
print(json.dumps.__name__, json.JSONDecodeError.__name__, json.decoder.JSONDecoder is JSONDecoder,
      json.encoder.JSONEncoder is JSONEncoder)
