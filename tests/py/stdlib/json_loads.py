# json: decoding with loads/load -- literals, numbers (ints, floats, exponents,
# big ints, -0), strings with every escape and surrogate pairs, nesting,
# whitespace, NaN/Infinity, bytes input in UTF-8/16/32 with and without BOM,
# and JSONDecodeError with CPython's messages, positions, lineno/colno for
# malformed documents (missing values and delimiters, bad escapes, control
# characters, unterminated strings, extra data, the UTF-8 BOM).
import json


def show(s, **kw):
    try:
        print(repr(s), '->', repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError:', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s)
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ['null', 'true', 'false', '0', '-0', '42', '-17', '1.5', '-0.0', '1e3', '1E-3',
          '2.5e+2', '1.0e-400', '1e400', '-1e400', '123456789012345678901234567890',
          '0.1', '3.141592653589793', '"text"', '""', '[]', '{}', '[[]]', '[{}]',
          ' \t\n\r 7 \r\n\t ', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
          '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
          '{"a": 1, "a": 2}', '[1, 2.0, "3", [4], {"5": 5}]',
          '{"a" : 1 , "b":2}', '[ 1 , 2 ]']:
    show(s)

# string escapes
for s in [r'"\"\\\/\b\f\n\r\t"', r'"\u0041\u00e9\u20AC"', r'"\ud834\udd1e"',
          r'"\uD83D\uDE00!"', r'"a\u0000b"', '"é€𝄞"', r'"\u12ab"']:
    show(s)
print(json.loads('"\\u0041"') == 'A', len(json.loads(r'"\ud834\udd1e"')))

# errors
for s in ['', ' ', 'x', 'nul', 'tru', 'True', 'nan', 'inf', '-', '-x', '+1', '.5',
          '01', '1.', '1e', '1e+', '1.e5', '0x10', '[', ']', '{', '}', '[1', '[1,',
          '[1,]', '[,]', '[1,,2]', '[1 2]', '[-]', '[01]', '[1.]', '[.5]',
          '{"a"', '{"a":', '{"a":}', '{"a" 1}', '{"a":1', '{"a":1,', '{"a":1,}',
          '{"a":1 "b":2}', '{1:2}', "{'a':1}", '{,}', '{"a":1,,}', '"abc', '"a\\',
          '"\\x"', '"\\U0041"', '"\\u12"', '"\\u12x4"', '"\\u123', '"\\ud834\\u"',
          '"\\ud834\\uzzzz"', '"a\nb"', '"\t"', '"a\x00"', '[1]x', '1 2',
          'true false', '{"a": 1} {"b": 2}', '[1, 2] ]', '\ufeff[1]',
          ' \n [1,\n 2,\n x]', '[\n', '\n\n"abc', '[1,\n\n', '{\n  "a": 1\n  "b": 2\n}']:
    show(s)

# control characters allowed with strict=False
show('"a\nb\tc"', strict=False)
show('{"k\x01": "v\x1f"}', strict=False)

# bytes input and encodings
for b in [b'[1, "\xc3\xa9"]', bytearray(b'{"a": null}'), b'\xef\xbb\xbf[1]',
          b'\xff\xfe[\x00"\x00\xe9\x00"\x00]\x00', b'\xfe\xff\x00[\x001\x00]',
          b'[\x00t\x00r\x00u\x00e\x00]\x00', b'\x00[\x002\x00]', b'7\x00',
          b'\x00\x00\x00[\x00\x00\x003\x00\x00\x00]', b'[\x00\x00\x004\x00\x00\x00]\x00\x00\x00',
          b'\xff\xfe\x00\x00[\x00\x00\x005\x00\x00\x00]\x00\x00\x00',
          b'"\xf0\x9d\x84\x9e"', b'12']:
    show(b)
show(b'\xff')
show(1)
show(None)
show(['[1]'])
