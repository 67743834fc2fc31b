"""Common string constants and classes, written for pyjit.

Provides the constants whitespace, ascii_lowercase, ascii_uppercase,
ascii_letters, digits, hexdigits, octdigits, punctuation and printable;
capwords(); Template (substitute, safe_substitute, get_identifiers, is_valid,
with $$ escapes, $name and ${name} placeholders, any delimiter string set by a
subclass, and CPython's KeyError/ValueError messages); and Formatter (format,
vformat, parse, get_field, get_value, check_unused_args, format_field,
convert_field) with hand-written equivalents of the _string helpers.

Placeholders of the default Template are found by a hand-written scanner; a
subclass that changes pattern, idpattern, braceidpattern or flags is matched
through `re`, as in CPython.  Known gaps: Template.pattern's source text is
laid out differently from CPython's (same meaning); a delimiter containing
letters is matched case-sensitively (CPython's
IGNORECASE flag also applies to it); Formatter.parse() returns a generator
rather than a 'formatteriterator' object.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split s into words with s.split(sep), capitalize each word with
    str.capitalize() and join them with sep (a single space when sep is
    None or empty).
    """
    words = [word.capitalize() for word in s.split(sep)]
    return (sep or " ").join(words)


# ---------------------------------------------------------------------------
# Template

class _ChainLookup:
    """The two-level lookup substitute() uses when given a mapping and
    keywords (keywords win), like collections.ChainMap(kws, mapping)."""

    def __init__(self, *maps):
        self.maps = list(maps)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


_sentinel_dict = {}

_ID_START = frozenset(ascii_letters + "_")
_ID_CHARS = frozenset(ascii_letters + digits + "_")
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"
_IGNORECASE = _re.IGNORECASE


def _id_end(text, start, n):
    """Index just past the identifier that starts at text[start], or start."""
    if start < n and text[start] in _ID_START:
        i = start + 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
        return i
    return start


def _check_template_text(text):
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(text).__name__)


class _Match:
    """What the scanner reports for one placeholder (a small stand-in for a
    regular-expression match: kind is 'escaped', 'named', 'braced' or
    'invalid'; text[start:end] is the whole placeholder)."""
    __slots__ = ("kind", "name", "start", "end", "invalid_at")

    def __init__(self, kind, name, start, end, invalid_at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.invalid_at = invalid_at


def _scan(text, delim):
    """Yield a _Match for every occurrence of delim in text, left to right,
    trying in turn: an escaped delimiter, $identifier, ${identifier}, and
    otherwise an invalid placeholder (just the delimiter)."""
    n = len(text)
    dl = len(delim)
    pos = 0
    while True:
        i = text.find(delim, pos)
        if i < 0:
            return
        j = i + dl
        if text.startswith(delim, j):
            pos = j + dl
            yield _Match("escaped", None, i, pos, -1)
            continue
        k = _id_end(text, j, n)
        if k > j:
            pos = k
            yield _Match("named", text[j:k], i, k, -1)
            continue
        if j < n and text[j] == "{":
            k = _id_end(text, j + 1, n)
            if k > j + 1 and k < n and text[k] == "}":
                pos = k + 1
                yield _Match("braced", text[j + 1:k], i, pos, -1)
                continue
        pos = j
        yield _Match("invalid", None, i, j, j)


def _regex_scan(pattern, text):
    """The same reports, from a compiled regular expression with the groups
    escaped, named, braced and invalid."""
    for mo in pattern.finditer(text):
        named = mo.group("named")
        braced = mo.group("braced")
        if named is not None:
            yield _Match("named", named, mo.start(), mo.end(), -1)
        elif braced is not None:
            yield _Match("braced", braced, mo.start(), mo.end(), -1)
        elif mo.group("escaped") is not None:
            yield _Match("escaped", None, mo.start(), mo.end(), -1)
        elif mo.group("invalid") is not None:
            yield _Match("invalid", None, mo.start(), mo.end(), mo.start("invalid"))
        else:
            raise ValueError("Unrecognized named group in pattern", pattern)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._setup()

    @classmethod
    def _setup(cls):
        custom = ("pattern" in cls.__dict__
                  or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern is not None
                  or cls.flags != _IGNORECASE
                  or not isinstance(cls.delimiter, str)
                  or cls.delimiter == "")
        cls._hand_scan = not custom
        cls.pattern = cls._compile()

    @classmethod
    def _compile(cls):
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or cls.idpattern
            pattern = (delim + r"(?:(?P<escaped>" + delim + r")|(?P<named>" + ident
                       + r")|{(?P<braced>" + bident + r")}|(?P<invalid>))")
        return _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _matches(self):
        text = self.template
        if self._hand_scan:
            _check_template_text(text)
            return _scan(text, self.delimiter)
        return _regex_scan(self.pattern, text)

    def _invalid(self, at):
        lines = self.template[:at].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        parts = []
        last = 0
        for m in self._matches():
            parts.append(text[last:m.start])
            kind = m.kind
            if kind == "named" or kind == "braced":
                parts.append(str(mapping[m.name]))
            elif kind == "escaped":
                parts.append(self.delimiter)
            else:
                self._invalid(m.invalid_at)
            last = m.end
        if not parts:
            return text[:]
        parts.append(text[last:])
        return "".join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        parts = []
        last = 0
        for m in self._matches():
            parts.append(text[last:m.start])
            kind = m.kind
            if kind == "named" or kind == "braced":
                try:
                    parts.append(str(mapping[m.name]))
                except KeyError:
                    parts.append(text[m.start:m.end])
            elif kind == "escaped":
                parts.append(self.delimiter)
            else:
                parts.append(text[m.start:m.end])
            last = m.end
        if not parts:
            return text[:]
        parts.append(text[last:])
        return "".join(parts)

    def is_valid(self):
        for m in self._matches():
            if m.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            name = m.name
            if name and name not in ids:
                ids.append(name)
        return ids


Template._setup()


# ---------------------------------------------------------------------------
# Formatter and the parsing helpers behind it (CPython's _string module)

def _decimal_or_minus_one(s):
    """The value of s when it is all decimal digits, else -1 (as the format
    parser reads an argument index)."""
    if not s:
        return -1
    value = 0
    limit = 9223372036854775807
    for ch in s:
        if not ch.isdecimal():
            return -1
        d = int(ch)
        if value > (limit - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        value = value * 10 + d
    return value


def _formatter_parser(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples for
    the format string s, as _string.formatter_parser does."""
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    return _formatter_parser_gen(s)


def _formatter_parser_gen(s):
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == "}" and markup and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[pos] == c:
                # an escaped brace: literal text up to and including one brace
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        # parse the field: name, then optional !conversion and :format_spec
        name_start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while pos < n and s[pos] != "]":
                    pos += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        field_name = s[name_start:pos - 1]
        conversion = None
        spec = ""
        if c == "!" or c == ":":
            if c == "!":
                if pos >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == "}":
                        yield (literal, field_name, spec, conversion)
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            done = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        spec = s[spec_start:pos - 1]
                        done = True
                        break
            if not done:
                raise ValueError("unmatched '{' in format spec")
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        yield (literal, field_name, spec, conversion)


def _field_name_split(field_name):
    """(first, rest) for a field name, as _string.formatter_field_name_split:
    first is an int when it is all digits; rest yields (is_attribute, key)."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n:
        c = field_name[i]
        if c == "." or c == "[":
            break
        i += 1
    first = field_name[:i]
    index = _decimal_or_minus_one(first)
    if index != -1:
        first = index
    return first, _field_name_rest(field_name, i)


def _field_name_rest(s, pos):
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        if c == ".":
            start = pos
            while pos < n and s[pos] != "." and s[pos] != "[":
                pos += 1
            name = s[start:pos]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == "[":
            start = pos
            while pos < n and s[pos] != "]":
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            index = _decimal_or_minus_one(name)
            yield (False, name if index == -1 else index)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """The engine of str.format as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            # automatic ('{}') and manual ('{0}') numbering cannot be mixed
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion);
        field_name is None after trailing literal text."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
