"""Python part of the warnings subsystem (the warnings module), written for pyjit.

Provides warn(message, category, stacklevel, source), warn_explicit,
showwarning/formatwarning (CPython's "file:line: Category: message" plus
the stripped source line), the filter list (filterwarnings with message and
module regular expressions, simplefilter, resetwarnings; actions error,
ignore, always, default, module, once), per-module __warningregistry__
dictionaries invalidated when the filters change, catch_warnings (record=True
returns a list of WarningMessage objects; action/category/lineno/append
install a filter), WarningMessage, and -W/PYTHONWARNINGS style options
from sys.warnoptions. The behaviour follows CPython 3.11's C accelerator:
the default filters are ('default', None, DeprecationWarning, '__main__', 0)
and ignore rules for DeprecationWarning, PendingDeprecationWarning,
ImportWarning and ResourceWarning; "once" and "module" remember a warning
per module registry; a stacklevel beyond the stack reports "sys:1".

Known gaps: pyjit has no re module, so message/module patterns are matched
by a small built-in regular-expression engine (literals, ., [...] classes,
\\d\\w\\s escapes, groups, |, * + ? {m,n} with lazy forms, ^ $ \\A \\Z; the
real re module is used instead when one is importable); source lines are
read straight from the file (no linecache); no tracemalloc tracebacks for
the source argument.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# ----- source lines -------------------------------------------------------------

_line_cache = {}


def _getline(filename, lineno):
    # Line lineno of the file (with its newline), or '' when unavailable.
    lines = _line_cache.get(filename)
    if lines is None:
        lines = []
        if filename and not (filename.startswith('<') and filename.endswith('>')):
            try:
                with open(filename, encoding='utf-8') as f:
                    lines = f.read().splitlines(True)
            except Exception:
                lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


# ----- a small regular-expression engine (used when there is no re module) -----

class _RegexError(ValueError):
    pass


_DIGITS = '0123456789'


def _is_word(c):
    return c.isalnum() or c == '_'


def _class_escape(c):
    # Predicate for \d \D \w \W \s \S, or None.
    if c == 'd':
        return lambda x: x.isdecimal()
    if c == 'D':
        return lambda x: not x.isdecimal()
    if c == 'w':
        return _is_word
    if c == 'W':
        return lambda x: not _is_word(x)
    if c == 's':
        return lambda x: x.isspace()
    if c == 'S':
        return lambda x: not x.isspace()
    return None


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                   'a': '\a', '0': '\0'}


class _Parser:
    def __init__(self, pattern, icase):
        self.p = pattern
        self.i = 0
        self.icase = icase

    def error(self, msg):
        raise _RegexError('%s at position %d' % (msg, self.i))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        alts = self.alternation()
        if self.i < len(self.p):
            self.error('unbalanced parenthesis')
        return alts

    def alternation(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        items = []
        while True:
            c = self.peek()
            if c is None or c == '|' or c == ')':
                return items
            start = self.i
            atom = self.atom()
            q = self.quantifier()
            if q is not None:
                if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb'):
                    self.i = start
                    self.error('nothing to repeat')
                atom = ('rep', atom, q[0], q[1], q[2])
            items.append(atom)

    def quantifier(self):
        c = self.peek()
        if c == '*':
            lo, hi = 0, None
            self.i += 1
        elif c == '+':
            lo, hi = 1, None
            self.i += 1
        elif c == '?':
            lo, hi = 0, 1
            self.i += 1
        elif c == '{':
            j = self.p.find('}', self.i)
            if j < 0:
                return None
            body = self.p[self.i + 1:j]
            a, comma, b = body.partition(',')
            if not all(ch in _DIGITS for ch in a + b) or (not a and not comma):
                return None
            if not comma and not a:
                return None
            lo = int(a) if a else 0
            hi = (int(b) if b else None) if comma else lo
            self.i = j + 1
        else:
            return None
        greedy = True
        if self.peek() == '?':
            greedy = False
            self.i += 1
        if self.peek() in ('*', '+', '?'):
            self.error('multiple repeat')
        return lo, hi, greedy

    def literal(self, ch):
        if self.icase:
            lo = ch.lower()
            return ('one', lambda x: x.lower() == lo)
        return ('one', lambda x: x == ch)

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '(':
            kind = 'group'
            if self.p.startswith('?:', self.i):
                self.i += 2
            elif self.p.startswith('?P<', self.i):
                j = self.p.find('>', self.i)
                if j < 0:
                    self.error('missing >, unterminated name')
                self.i = j + 1
            elif self.p.startswith('?=', self.i):
                self.i += 2
                kind = 'look'
            elif self.p.startswith('?!', self.i):
                self.i += 2
                kind = 'nlook'
            elif self.peek() == '?':
                self.error('unknown extension ?' + self.p[self.i + 1:self.i + 2])
            start = self.i - 1
            alts = self.alternation()
            if self.peek() != ')':
                self.i = start
                self.error('missing ), unterminated subpattern')
            self.i += 1
            return (kind, alts)
        if c == '[':
            return self.char_class()
        if c == '.':
            return ('one', lambda x: x != '\n')
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c in '*+?':
            self.i -= 1
            self.error('nothing to repeat')
        if c == ')':
            self.i -= 1
            self.error('unbalanced parenthesis')
        if c == '\\':
            if self.i >= len(self.p):
                self.error('bad escape (end of pattern)')
            e = self.p[self.i]
            self.i += 1
            pred = _class_escape(e)
            if pred is not None:
                return ('one', pred)
            if e == 'A':
                return ('bos',)
            if e == 'Z':
                return ('eos',)
            if e == 'b':
                return ('wordb',)
            if e == 'B':
                return ('nwordb',)
            if e in _SIMPLE_ESCAPES:
                return self.literal(_SIMPLE_ESCAPES[e])
            if e.isalnum():
                self.i -= 2
                self.error('bad escape \\' + e)
            return self.literal(e)
        return self.literal(c)

    def char_class(self):
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        singles = set()
        ranges = []
        preds = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.i = start
                self.error('unterminated character set')
            c = self.p[self.i]
            self.i += 1
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                if self.i >= len(self.p):
                    self.i = start
                    self.error('unterminated character set')
                e = self.p[self.i]
                self.i += 1
                pred = _class_escape(e)
                if pred is not None:
                    preds.append(pred)
                    continue
                c = _SIMPLE_ESCAPES.get(e, e)
            if (self.peek() == '-' and self.i + 1 < len(self.p) and
                    self.p[self.i + 1] != ']'):
                self.i += 1
                d = self.p[self.i]
                self.i += 1
                if d == '\\':
                    d = self.p[self.i]
                    self.i += 1
                    d = _SIMPLE_ESCAPES.get(d, d)
                if d < c:
                    self.error('bad character range %s-%s' % (c, d))
                ranges.append((c, d))
            else:
                singles.add(c)
        icase = self.icase

        def test(x):
            cands = (x, x.lower(), x.upper()) if icase else (x,)
            for y in cands:
                if y in singles:
                    return True
                for a, b in ranges:
                    if a <= y <= b:
                        return True
                for p in preds:
                    if p(y):
                        return True
            return False

        if negate:
            return ('one', lambda x: not test(x))
        return ('one', test)


def _alts(alts, s, pos):
    for seq in alts:
        yield from _seq(seq, 0, s, pos)


def _seq(seq, i, s, pos):
    # Yield every end position at which seq[i:] can match s from pos, in
    # the order a backtracking matcher would try them.
    if i == len(seq):
        yield pos
        return
    node = seq[i]
    kind = node[0]
    n = len(s)
    if kind == 'one':
        if pos < n and node[1](s[pos]):
            yield from _seq(seq, i + 1, s, pos + 1)
    elif kind == 'rep':
        sub, lo, hi, greedy = node[1], node[2], node[3], node[4]
        if sub[0] == 'one':
            pred = sub[1]
            limit = n if hi is None else min(n, pos + hi)
            end = pos
            while end < limit and pred(s[end]):
                end += 1
            if end - pos < lo:
                return
            counts = range(end, pos + lo - 1, -1) if greedy else range(pos + lo, end + 1)
            for e in counts:
                yield from _seq(seq, i + 1, s, e)
        else:
            yield from _rep(seq, i, sub, lo, hi, greedy, s, pos, 0)
    elif kind == 'group':
        for e in _alts(node[1], s, pos):
            yield from _seq(seq, i + 1, s, e)
    elif kind == 'look':
        for e in _alts(node[1], s, pos):
            yield from _seq(seq, i + 1, s, pos)
            break
    elif kind == 'nlook':
        for e in _alts(node[1], s, pos):
            return
        yield from _seq(seq, i + 1, s, pos)
    elif kind == 'bol' or kind == 'bos':
        if pos == 0:
            yield from _seq(seq, i + 1, s, pos)
    elif kind == 'eol':
        if pos == n or (pos == n - 1 and s[pos] == '\n'):
            yield from _seq(seq, i + 1, s, pos)
    elif kind == 'eos':
        if pos == n:
            yield from _seq(seq, i + 1, s, pos)
    elif kind == 'wordb' or kind == 'nwordb':
        before = pos > 0 and _is_word(s[pos - 1])
        after = pos < n and _is_word(s[pos])
        if (before != after) == (kind == 'wordb'):
            yield from _seq(seq, i + 1, s, pos)


def _rep(seq, i, sub, lo, hi, greedy, s, pos, count):
    more = hi is None or count < hi
    if not greedy and count >= lo:
        yield from _seq(seq, i + 1, s, pos)
    if more:
        for e in _seq([sub], 0, s, pos):
            if e == pos and count >= lo:
                continue
            yield from _rep(seq, i, sub, lo, hi, greedy, s, e, count + 1)
    if greedy and count >= lo:
        yield from _seq(seq, i + 1, s, pos)


class _Match:
    __slots__ = ('string', '_end')

    def __init__(self, string, end):
        self.string = string
        self._end = end

    def group(self, n=0):
        return self.string[:self._end]

    def end(self):
        return self._end

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(0, %d), match=%r>' % (
            self._end, self.string[:self._end])


class _Pattern:
    # Compiled pattern with match(), the part of re.Pattern warnings needs.

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._alts = _Parser(pattern, bool(flags & 2)).parse()

    def match(self, string):
        for end in _alts(self._alts, string, 0):
            return _Match(string, end)
        return None

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags & 2:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, 2 if ignorecase else 0)
    return re.compile(pattern, re.I if ignorecase else 0)


def _escape(pattern):
    try:
        import re
    except ImportError:
        pass
    else:
        return re.escape(pattern)
    out = []
    for c in pattern:
        if c.isalnum() or c == '_' or ord(c) >= 128:
            out.append(c)
        else:
            out.append('\\' + c)
    return ''.join(out)


# ----- showing warnings -------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe:
            # warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # No tracemalloc in pyjit: give CPython's hint for a non-tracing run.
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


# Keep references to the originals to see whether they were replaced.
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ----- filters ------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    # Helper to process -W options passed via sys.warnoptions
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # Helper for _processoptions()
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    # Helper for _setoption()
    if not action:
        return "default"
    if action == "all":
        return "always"  # Alias
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    # Helper for _setoption()
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ----- issuing warnings -----------------------------------------------------------

def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    """Find the next frame that doesn't involve Python or user internals."""
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Get context information
    try:
        frame = sys._getframe(1)
        if stacklevel <= 1 or _is_internal_frame(frame):
            # Caller frames are counted plainly.
            for x in range(stacklevel - 1):
                frame = frame.f_back
                if frame is None:
                    raise ValueError
        else:
            # Look for one frame less since the above line starts us off.
            for x in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__')
    if not (module is None or isinstance(module, str)):
        module = "<string>"
    elif '__name__' not in globals:
        module = "<string>"
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def _already_warned(registry, key, should_set):
    # Registry lookup with invalidation when the filters have changed.
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    else:
        if registry.get(key):
            return True
    if should_set:
        registry[key] = True
    return False


def _check_matched(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning at an explicit location (low-level interface)."""
    lineno = int(lineno)
    if module is None:
        if not filename:
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry is not None and _already_warned(registry, key, False):
        return
    # Search the filters
    if not isinstance(filters, list):
        raise ValueError("warnings.filters must be a list")
    for i, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_check_matched(msg, text) and issubclass(category, cat) and
                _check_matched(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        item = None
        action = defaultaction
        if not isinstance(action, str):
            raise TypeError("_warnings.defaultaction must be a string, "
                            "not '%s'" % type(action).__name__)
    # Early exit actions
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            reg = registry if registry is not None else onceregistry
            if _already_warned(reg, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    # Print message and context
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _showwarnmsg(msg)


class WarningMessage(object):
    """A warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    With record=True, showwarning() is replaced by a function that appends
    WarningMessage objects to the list returned by __enter__. module defaults
    to this module; action, category, lineno and append are passed to
    simplefilter() on entry when action is given.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _deprecated(name, message="{name!r} is deprecated and slated for "
                "removal in Python {remove}", *, remove,
                _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


# ----- module state ---------------------------------------------------------------

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_defaultaction = defaultaction
_onceregistry = onceregistry
_filters_version = 0

_processoptions(getattr(sys, 'warnoptions', []))
