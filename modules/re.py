"""Regular expressions, written for pyjit over its native `_regex` engine.

The pattern syntax is Python's: `_regex.compile` parses and checks it as CPython
3.11 does (same `re.error` messages and positions) and hands a translation to
the `fancy-regex` crate. This module holds what Python code sees: the flags,
`Pattern` and `Match` objects, the module-level functions and their cache,
replacement templates (`\\1`, `\\g<name>`), `split`, `escape`.

Differences from CPython (also listed in the README):
- `\\w`, `\\b` and case-insensitive matching use the engine's Unicode tables,
  which differ from CPython's in rare corners (combining marks count as word
  characters; digits like '²' do not);
- a repeated group that can match empty (`(a*)*`) keeps its last non-empty
  value (CPython records one more, empty, iteration);
- patterns nested 64 or more groups deep and very large counted repeats of
  counted repeats are refused with `re.error` (the engine's limits);
- a match that needs more than the engine's backtracking limit (50 million
  steps per attempt) raises RuntimeError, where CPython runs on;
- argument errors of Pattern methods carry the messages of Python
  functions, not those of CPython's C methods;
- the deprecated TEMPLATE flag is accepted and has no effect (CPython turns
  off backtracking with it); `re.template`, `Pattern.scanner` and `re.Scanner`
  raise NotImplementedError;
- `finditer` finds all matches when it is called, not one per step.
"""

import enum
import sys

import _regex

_mappingproxy = type(type.__dict__)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name in ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE",
                     "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"):
            bit = RegexFlag[name]._value_
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Raised for an invalid regular expression or replacement template.

    Attributes: msg, pattern, pos, and lineno/colno (of pos, 1-based).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = pattern if isinstance(pattern, str) else str(pattern, "latin1")
            self.lineno = text.count("\n", 0, pos) + 1
            self.colno = pos - text.rfind("\n", 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if "\n" in text:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


def _iter_matches(pattern, string, data, pos, endpos, found, resume):
    """The matches of `finditer`, found a chunk at a time (memory stays
    bounded on long subjects)."""
    scan_chunk = pattern._engine.scan_chunk
    while True:
        yield from found
        if resume is None:
            return
        found, resume = scan_chunk(pattern, string, data, pos, endpos, 1024, resume)


class _ReadOnly:
    """A read-only attribute stored in a private slot (CPython's member)."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


def _ssize(value):
    """An index argument as CPython's Py_ssize_t conversion reads it."""
    if not isinstance(value, int):
        try:
            index = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
        value = index(value)
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(value)


def _subject_data(string):
    """What slices of a match are taken from: the str or bytes of the subject."""
    if type(string) is str or type(string) is bytes:
        return string
    if isinstance(string, str):
        return str(string)
    try:
        return bytes(memoryview(string))
    except TypeError:
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__) from None


Match = _regex.Match


def _no_subclass(cls, name):
    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % name)
    cls.__init_subclass__ = classmethod(__init_subclass__)


# Flag names in the order CPython's Pattern repr lists them.
_REPR_FLAGS = ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
               "UNICODE", "VERBOSE", "DEBUG", "ASCII")


class Pattern:
    """A compiled regular expression."""

    # _group_names: the name of each group by number (None for unnamed groups,
    # and last for "no group", index -1), for Match.lastgroup.
    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_group_names",
                 "_engine")

    pattern = _ReadOnly("_pattern")
    flags = _ReadOnly("_flags")
    groups = _ReadOnly("_groups")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def _match(self, string, pos, endpos, mode):
        if type(string) is str or type(string) is bytes:
            return self._engine.search(self, string, string, pos, endpos, mode)
        data = _subject_data(string)
        return self._engine.search(self, string, data, pos, endpos, mode)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._match(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._match(string, pos, endpos, 0)

    def _scan(self, string, pos, endpos, limit):
        """The subject's data and its successive matches."""
        if type(string) is str or type(string) is bytes:
            data = string
        else:
            data = _subject_data(string)
        return data, self._engine.scan(self, string, data, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        if type(string) is str or type(string) is bytes:
            data = string
        else:
            data = _subject_data(string)
        # Checked now (as CPython's scanner does), matched lazily.
        first, resume = self._engine.scan_chunk(self, string, data, pos, endpos, 16, -1)
        return _iter_matches(self, string, data, pos, endpos, first, resume)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        if type(string) is str or type(string) is bytes:
            return self._engine.findall(string, pos, endpos)
        return self._engine.findall(_subject_data(string), pos, endpos)

    def split(self, string, maxsplit=0):
        maxsplit = _ssize(maxsplit)
        if maxsplit < 0:
            data = _subject_data(string)
            return [data]
        data, found = self._scan(string, 0, sys.maxsize, maxsplit)
        if not found:
            return [data]
        pieces = []
        last = 0
        for m in found:
            start, end = m.span()
            pieces.append(data[last:start])
            pieces.extend(m.groups())
            last = end
        pieces.append(data[last:])
        return pieces

    def subn(self, repl, string, count=0):
        count = _ssize(count)
        if callable(repl):
            filler = repl
        else:
            template = _template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                filler = lambda m: literal
            else:
                filler = lambda m: _fill(template, m)
        if count < 0:
            return _subject_data(string), 0
        data, found = self._scan(string, 0, sys.maxsize, count)
        if not found:
            return data, 0
        parts = []
        last = 0
        for m in found:
            start, end = m.span()
            if last < start:
                parts.append(data[last:start])
            piece = filler(m)
            if piece is not None:
                parts.append(piece)
            last = end
        if last < len(data):
            parts.append(data[last:])
        return data[:0].join(parts), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        raise NotImplementedError("Pattern.scanner is not implemented in pyjit")

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = int(self._flags)
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32    # re.UNICODE is implied for str patterns
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name in _REPR_FLAGS:
            bit = RegexFlag[name]._value_
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags
                and isinstance(self._pattern, str) == isinstance(other._pattern, str)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = "re"
_no_subclass(Pattern, "re.Pattern")


# ----- compiling and the cache -----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    flags & DEBUG   # CPython's TypeError for flags that are not ints
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not -(1 << 31) <= flags < (1 << 31):
        raise OverflowError("Python int too large to convert to C int")
    result = _regex.compile(pattern, int(flags))
    if result[-1]:
        import warnings
        for category, message in result[-1]:
            category = FutureWarning if category == "FutureWarning" else DeprecationWarning
            warnings.warn(message, category, stacklevel=3)
    if result[0] is None:
        raise error(result[1], pattern if result[2] is not None else None, result[2])
    engine, groups, groupindex, final_flags, _ = result
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._groupindex = groupindex
    names = [None] * (groups + 2)
    for name, index in groupindex.items():
        names[index] = name
    p._group_names = tuple(names)
    p._engine = engine
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    raise NotImplementedError("re.template (the TEMPLATE flag) is not implemented in pyjit")


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub, returning (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


# ----- escape -----

_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern).encode("latin1")


# ----- replacement templates -----

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}


def _template(pattern, repl):
    """Parse a replacement template into literal pieces and group numbers."""
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        text = str(repl, "latin1")
    else:
        text = repl
    if "\\" not in text:
        return [repl]
    hash(repl)   # as CPython, whose template cache rejects unhashable ones
    pieces = []
    literal = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            fail("bad escape (end of pattern)", i - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            close = text.find(">", i + 1)
            name_start = i + 1
            if close < 0:
                if name_start >= n:
                    fail("missing group name", name_start)
                fail("missing >, unterminated name", name_start)
            name = text[name_start:close]
            if not name:
                fail("missing group name", name_start)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    fail("invalid group reference %d" % index, name_start)
            elif name.isidentifier():
                if is_bytes and not name.isascii():
                    import warnings
                    warnings.warn("bad character in group name %s at position %d"
                                  % (ascii(name), name_start), DeprecationWarning,
                                  stacklevel=5)
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._groupindex[name]
            else:
                try:
                    index = int(name)
                except ValueError:
                    index = -1
                if index < 0:
                    fail("bad character in group name %r" % name, name_start)
                import warnings
                warnings.warn("bad character in group name %r at position %d"
                              % (name, name_start), DeprecationWarning, stacklevel=5)
                if index > pattern.groups:
                    fail("invalid group reference %d" % index, name_start)
            pieces.append("".join(literal))
            literal = []
            pieces.append(index)
            i = close + 1
        elif c == "0":
            value = 0
            for _ in range(2):
                if i < n and text[i] in "01234567":
                    value = value * 8 + int(text[i])
                    i += 1
                else:
                    break
            literal.append(chr(value))
        elif c in "123456789":
            start = i - 2
            digits = c
            if i < n and text[i].isdigit() and text[i].isascii():
                digits += text[i]
                i += 1
                if (digits[0] in "01234567" and digits[1] in "01234567"
                        and i < n and text[i] in "01234567"):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                fail("invalid group reference %d" % index, start + 1)
            pieces.append("".join(literal))
            literal = []
            pieces.append(index)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    pieces.append("".join(literal))
    if is_bytes:
        pieces = [p.encode("latin1") if isinstance(p, str) else p for p in pieces]
    return [p for p in pieces if not (isinstance(p, (str, bytes)) and not p)] or [pieces[0]]


def _fill(template, m):
    empty = m.group(0)[:0]
    parts = []
    for piece in template:
        if isinstance(piece, int):
            value = m.group(piece)
            if value is not None:
                parts.append(value)
        else:
            parts.append(piece)
    return empty.join(parts)


def _expand(pattern, template, match):
    """Match.expand (called by the native re.Match)."""
    return _fill(_template(pattern, template), match)
