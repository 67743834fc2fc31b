"""JSON decoding for pyjit's json package: JSONDecoder, JSONDecodeError, scanstring.

The scanner follows CPython 3.11's C scanner (_json): the same accepted
syntax (ASCII digits only, NaN/Infinity/-Infinity through parse_constant,
strict control-character checking), the same error messages and positions
("Expecting value", "Expecting ',' delimiter", "Expecting ':' delimiter",
"Expecting property name enclosed in double quotes", "Unterminated string
starting at", "Invalid control character at", "Invalid \\escape",
"Invalid \\uXXXX escape", "Extra data"), surrogate pairs in \\u escapes
joined, and the hooks object_hook, object_pairs_hook, parse_float,
parse_int and parse_constant.

Known gaps: pyjit strings cannot hold lone surrogates, so an unpaired
\\udXXX escape decodes to U+FFFD; nesting depth is limited by Python
recursion (CPython's message for that RecursionError differs). Strings are
searched through slices instead of s.find(c, pos), which is slow on long
strings in pyjit.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError raised for bad JSON, with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

_WS = ' \t\n\r'


def _hex4(s, i):
    # Value of the four hex digits s[i:i+4], or -1.
    v = 0
    for k in range(i, i + 4):
        d = _HEX.get(s[k])
        if d is None:
            return -1
        v = v * 16 + d
    return v


def _first_control(seg):
    for k in range(len(seg)):
        if seg[k] < ' ':
            return k
    return -1


def _next_special(s, pos, n):
    # Index of the next '"' or backslash at or after pos, or n. Searches
    # growing slices rather than calling s.find(c, pos), which costs time
    # proportional to the whole of s in pyjit.
    size = 32
    while pos < n:
        chunk = s[pos:pos + size]
        q = chunk.find('"')
        b = chunk.find('\\', 0, q) if q >= 0 else chunk.find('\\')
        if b >= 0:
            return pos + b
        if q >= 0:
            return pos + q
        pos += len(chunk)
        if size < 65536:
            size *= 2
    return n


def scanstring(s, end, strict=True):
    """Scan the JSON string whose body starts at s[end] (after the quote).

    Returns (decoded str, index after the closing quote).
    """
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        stop = _next_special(s, end, n)
        if stop > end:
            seg = s[end:stop]
            if strict and min(seg) < ' ':
                raise JSONDecodeError("Invalid control character at", s,
                                      end + _first_control(seg))
        else:
            seg = ''
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if s[stop] == '"':
            if not chunks:
                return seg, stop + 1
            append(seg)
            return ''.join(chunks), stop + 1
        if seg:
            append(seg)
        i = stop + 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[i]
        if c != 'u':
            ch = _ESCAPES.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(ch)
            end = i + 1
            continue
        i += 1
        e = i + 4
        if e >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        cp = _hex4(s, i)
        if cp < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        if 0xd800 <= cp <= 0xdbff and e + 6 < n and s[e] == '\\' and s[e + 1] == 'u':
            cp2 = _hex4(s, e + 2)
            if cp2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, e + 1)
            if 0xdc00 <= cp2 <= 0xdfff:
                cp = 0x10000 + ((cp - 0xd800) << 10) + (cp2 - 0xdc00)
                e += 6
        append(chr(cp))
        end = e


def make_scanner(context):
    """Build the scan_once(string, idx) function for a decoder's settings."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = {}
    ws = _WS

    def parse_object(s, idx):
        n = len(s)
        pairs = []
        append = pairs.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                key = memo.setdefault(key, key)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                value, idx = scan(s, idx)
                append((key, value))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        idx += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, idx

    def parse_array(s, idx):
        n = len(s)
        values = []
        append = values.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = scan(s, idx)
                append(value)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        return values, idx + 1

    def parse_number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def scan(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1)
        if c == '[':
            return parse_array(s, idx + 1)
        # (slices, not s.startswith(x, idx): that is slow on long strings in pyjit)
        if c == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif c == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif c == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif c == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        elif c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        return parse_number(s, idx, n)

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %.80s'
                            % type(string).__name__)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, integers to
    int, reals to float, true/false/null to True/False/None and NaN,
    Infinity and -Infinity to the corresponding floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:].

        Returns (value, index where the document ended).
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
