"""JSON encoder and decoder (the json package), written for pyjit.

Provides dumps/dump/loads/load with CPython 3.11's keyword arguments
(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
separators, default, sort_keys; object_hook, object_pairs_hook,
parse_float, parse_int, parse_constant, strict), the classes JSONEncoder,
JSONDecoder and JSONDecodeError, detect_encoding, and loads() of bytes in
UTF-8, UTF-16 and UTF-32 (with or without BOM). The work is done in the
json.encoder and json.decoder submodules.

Known gaps: json.tool and json.scanner are not provided; pyjit strings
cannot hold lone surrogates (see json.decoder).
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (anything with write())."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """Guess the encoding (utf-8, utf-16 or utf-32, +/-BOM) of JSON bytes."""
    # (one prefix per startswith call: pyjit's bytes.startswith takes no tuple)
    if b.startswith(b'\x00\x00\xfe\xff') or b.startswith(b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b.startswith(b'\xfe\xff') or b.startswith(b'\xff\xfe'):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_units(b, width, order):
    # Decode UTF-16 or UTF-32 by hand (for runtimes without those codecs).
    n = len(b) - len(b) % width
    units = [int.from_bytes(b[i:i + width], order) for i in range(0, n, width)]
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if (width == 2 and 0xd800 <= u <= 0xdbff and i + 1 < len(units) and
                0xdc00 <= units[i + 1] <= 0xdfff):
            u = 0x10000 + ((u - 0xd800) << 10) + (units[i + 1] - 0xdc00)
            i += 1
        out.append(chr(u))
        i += 1
    if n != len(b):
        raise UnicodeDecodeError('utf-%d-%s' % (width * 8, order[0] + 'e'),
                                 bytes(b), n, len(b), 'truncated data')
    return ''.join(out)


def _decode_bytes(b, encoding):
    try:
        return b.decode(encoding, 'surrogatepass')
    except LookupError:
        pass
    if encoding == 'utf-8-sig':
        return bytes(b[3:]).decode('utf-8', 'surrogatepass')
    width = 4 if encoding.startswith('utf-32') else 2
    if encoding.endswith('-le'):
        return _decode_units(b, width, 'little')
    if encoding.endswith('-be'):
        return _decode_units(b, width, 'big')
    # With a byte order mark.
    if width == 4:
        order = 'big' if b.startswith(b'\x00\x00\xfe\xff') else 'little'
    else:
        order = 'big' if b.startswith(b'\xfe\xff') else 'little'
    return _decode_units(b[width:], width, order)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (anything with read()) containing a JSON document."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s, detect_encoding(s))
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
