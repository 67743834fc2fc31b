"""Print and format exceptions and stacks as CPython's traceback module does.

Bundled with pyjit (written for it). Frames come from exc.__traceback__ (tb_frame,
tb_lineno, tb_next) and sys._getframe; source lines are read from the files
themselves. pyjit records no column positions, so the '^^^^' markers CPython 3.11
prints under part of a line are never printed.
"""

import sys

__all__ = [
    "extract_stack", "extract_tb", "format_exc", "format_exception",
    "format_exception_only", "format_list", "format_stack", "format_tb",
    "print_exc", "print_exception", "print_stack", "print_tb", "FrameSummary",
    "StackSummary",
]

_cause_message = (
    "\nThe above exception was the direct cause of the following exception:\n\n"
)
_context_message = (
    "\nDuring handling of the above exception, another exception occurred:\n\n"
)

_lines = {}


def _getline(filename, lineno):
    lines = _lines.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except (OSError, ValueError):
            lines = []
        _lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class FrameSummary:
    """One entry of a stack or traceback: file, line number, function, source."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            self._line = _getline(self.filename, self.lineno).strip()
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary entries."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for fs in self:
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += "    {}\n".format(fs.line.strip())
            out.append(row)
        return out


def _walk_tb(tb, limit):
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def _walk_stack(f, limit):
    entries = []
    while f is not None:
        entries.append((f, f.f_lineno))
        f = f.f_back
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return entries


def _summary(pairs):
    return StackSummary(
        FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name) for f, lineno in pairs)


def extract_tb(tb, limit=None):
    return _summary(_walk_tb(tb, limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return _summary(_walk_stack(f, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_tb(tb, limit=None, file=None):
    _print(format_tb(tb, limit), file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    _print(format_stack(f, limit), file)


def _print(chunks, file):
    if file is None:
        file = sys.stderr
    for chunk in chunks:
        file.write(chunk)


def _exc_args(exc, value, tb):
    # The 3.10+ forms: format_exception(exc) or format_exception(type, value, tb).
    if value is _sentinel and tb is _sentinel:
        if exc is None:
            return None, None
        return exc, exc.__traceback__
    if value is _sentinel:
        value = None
    if tb is _sentinel:
        tb = value.__traceback__ if value is not None else None
    return value, tb


_sentinel = object()


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    etype = type(value)
    name = etype.__qualname__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    if isinstance(value, SyntaxError) and value.lineno is not None:
        out = ['  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno)]
        if value.text is not None:
            text = value.text.rstrip("\n")
            stripped = text.lstrip()
            out.append("    {}\n".format(stripped))
            if value.offset is not None:
                caret = value.offset - 1 - (len(text) - len(stripped))
                out.append("    {}^\n".format(" " * max(caret, 0)))
        out.append("{}: {}\n".format(name, value.msg) if value.msg else name + "\n")
        return out
    text = str(value)
    return ["{}: {}\n".format(name, text) if text else name + "\n"]


def _format_chain(value, tb, limit, chain, seen):
    out = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_chain(cause, cause.__traceback__, limit, chain, seen)
            out.append(_cause_message)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            out += _format_chain(context, context.__traceback__, limit, chain, seen)
            out.append(_context_message)
    entries = format_tb(tb, limit) if tb is not None else []
    if entries:
        out.append("Traceback (most recent call last):\n")
        out += entries
    out += format_exception_only(value)
    return out


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _exc_args(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _print(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
