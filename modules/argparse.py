"""argparse: parse command-line arguments, written for pyjit.

Behaves like CPython 3.11's argparse (same messages, same help layout):

* ArgumentParser(prog, usage, description, epilog, parents, formatter_class,
  prefix_chars, fromfile_prefix_chars, argument_default, conflict_handler
  ('error' or 'resolve'), add_help, allow_abbrev, exit_on_error);
  prog defaults to os.path.basename(sys.argv[0]).
* add_argument for positionals and optionals with action (store, store_const,
  store_true, store_false, append, append_const, extend, count, help,
  version, parsers, BooleanOptionalAction or any Action subclass), nargs
  (None, N, '?', '*', '+', REMAINDER, SUPPRESS), const, default, type,
  choices, required, help, metavar and dest.
* parse_args, parse_known_args, parse_intermixed_args,
  parse_known_intermixed_args; abbreviated long options, '--opt=value',
  '-xVALUE', grouped short flags '-abc', the '--' separator, arguments that
  look like negative numbers, '@file' argument files.
* add_argument_group, add_mutually_exclusive_group (optionally required),
  add_subparsers / add_parser (aliases, help, dest, required), set_defaults,
  get_default, parents.
* Namespace (repr, ==, 'in'), ArgumentError, ArgumentTypeError, FileType.
* format_usage, format_help, print_usage, print_help, error, exit, with the
  formatters HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
  ArgumentDefaultsHelpFormatter and MetavarTypeHelpFormatter.  Help strings
  are %-formatted with the action's attributes (%(default)s, %(prog)s, ...).

The help width is the COLUMNS environment variable minus 2; without it the
terminal width is used when os.get_terminal_size exists, else 80 columns.

Not provided: translation of the messages (gettext); FileType cannot hand
out the binary standard streams ('-' with a 'b' mode) when sys.stdin or
sys.stdout has no .buffer, which raises NotImplementedError.

No regular expressions are used: the matching of argument counts against the
command line is done by a small backtracking matcher, and the splitting of
usage lines by a scanner, both giving the results CPython's patterns give.
"""

import os as _os
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# ---------------------------------------------------------------------------
# Small text helpers (stand-ins for the regular expressions CPython uses)
# ---------------------------------------------------------------------------

_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def _collapse_whitespace(text):
    """Turn every run of ASCII whitespace into one space, then strip."""
    out = []
    in_space = False
    for ch in text:
        if ch in _ASCII_SPACE:
            in_space = True
        else:
            if in_space:
                out.append(' ')
                in_space = False
            out.append(ch)
    if in_space:
        out.append(' ')
    return ''.join(out).strip()


def _squeeze_blank_lines(text):
    """Replace three or more consecutive newlines by two."""
    while '\n\n\n' in text:
        text = text.replace('\n\n\n', '\n\n')
    return text


def _bracketed_part_end(text, i, closer):
    """text[i] opens a bracket.  If the part runs on (within the line) to a
    run of `closer` characters followed by whitespace or the end, return the
    index after that run, taking the shortest such part; else return -1."""
    n = len(text)
    j = i + 1
    while j < n and text[j] != '\n':
        if text[j] == closer:
            k = j
            while k < n and text[k] == closer:
                k += 1
            if k == n or text[k].isspace():
                return k
        j += 1
    return -1


def _usage_parts(text):
    """Split a usage string into the pieces that may not be broken across
    lines: bracketed groups like '[-a | -b]' and plain words."""
    parts = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        end = -1
        if ch == '(':
            end = _bracketed_part_end(text, i, ')')
        elif ch == '[':
            end = _bracketed_part_end(text, i, ']')
        if end < 0:
            if ch.isspace():
                i += 1
                continue
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _tidy_usage(text):
    """Remove the spaces just inside brackets and drop empty brackets."""
    # no space after an opening bracket
    out = []
    i, n = 0, len(text)
    while i < n:
        out.append(text[i])
        if text[i] in '[(' and i + 1 < n and text[i + 1] == ' ':
            i += 2
        else:
            i += 1
    text = ''.join(out)
    # no space before a closing bracket
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == ' ' and i + 1 < n and text[i + 1] in '])':
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    text = ''.join(out)
    # brackets holding nothing but spaces vanish
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out).strip()


def _looks_like_negative_number(text):
    """True for '-5', '-12', '-.5' and '-3.25' (a final newline allowed)."""
    if text.endswith('\n'):
        text = text[:-1]
    if len(text) < 2 or text[0] != '-':
        return False
    body = text[1:]
    whole, dot, fraction = body.partition('.')
    if not dot:
        return whole.isdecimal()
    return (fraction.isdecimal()
            and (whole == '' or whole.isdecimal()))


def _terminal_columns():
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
        if columns <= 0:
            columns = 80
    return columns


# ---------------------------------------------------------------------------
# Matching argument counts
#
# Every argument string of a command line is classified as 'O' (an option),
# 'A' (an argument) or '-' (the '--' separator).  An action's nargs becomes a
# list of tokens (allowed letters, least count, most count); a list of
# actions is matched against the classification at its start, each token as
# greedy as possible, backtracking like a regular expression would.
# ---------------------------------------------------------------------------

_MANY = float('inf')


def _nargs_tokens(action):
    nargs = action.nargs
    dashes = ('-', 0, _MANY)
    one = ('A', 1, 1)
    if nargs is None:
        tokens = [dashes, one, dashes]
    elif nargs == OPTIONAL:
        tokens = [dashes, ('A', 0, 1), dashes]
    elif nargs == ZERO_OR_MORE:
        tokens = [dashes, ('A-', 0, _MANY)]
    elif nargs == ONE_OR_MORE:
        tokens = [dashes, one, ('A-', 0, _MANY)]
    elif nargs == REMAINDER:
        tokens = [('-AO', 0, _MANY)]
    elif nargs == PARSER:
        tokens = [dashes, one, ('-AO', 0, _MANY)]
    elif nargs == SUPPRESS:
        tokens = [dashes, dashes]
    else:
        tokens = [dashes]
        for _ in range(nargs):
            tokens.append(one)
            tokens.append(dashes)
    if action.option_strings:
        # an option's arguments never include a '--'
        trimmed = []
        for letters, least, most in tokens:
            letters = letters.replace('-', '')
            if letters:
                trimmed.append((letters, least, most))
        tokens = trimmed
    return tokens


def _match_counts(token_groups, pattern):
    """Match the token lists one after the other at the start of pattern;
    return how many letters each list took, or None when they cannot."""
    flat = []
    for index, tokens in enumerate(token_groups):
        for letters, least, most in tokens:
            flat.append((index, letters, least, most))
    size = len(pattern)
    # choices[t] = (start, taken) for token t; backtracking retries the
    # latest token with one letter fewer (no recursion: nargs=N makes
    # 2N+1 tokens)
    choices = []
    t = pos = 0
    while t < len(flat):
        _, letters, least, most = flat[t]
        taken = 0
        while (pos + taken < size and taken < most
               and pattern[pos + taken] in letters):
            taken += 1
        while taken < least:
            if not choices:
                return None
            t -= 1
            pos, taken = choices.pop()
            taken -= 1
            least = flat[t][2]
        choices.append((pos, taken))
        pos += taken
        t += 1
    counts = [0] * len(token_groups)
    for (index, _, _, _), (_, taken) in zip(flat, choices):
        counts[index] += taken
    return counts


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class HelpFormatter(object):
    """Lays out usage and help messages.

    Only the class name is public; its methods are hooks that the other
    formatters (and user subclasses) override.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    # -- sections and indentation -------------------------------------------

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A titled block of help; its items are rendered lazily, once all
        arguments are known (the help column depends on all of them)."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            formatter = self.formatter
            if self.parent is not None:
                formatter._indent()
            body = formatter._join_parts(
                [render(*args) for render, args in self.items])
            if self.parent is not None:
                formatter._dedent()
            if not body:
                return ''
            heading = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                heading = '%s%s:\n' % (' ' * formatter._current_indent,
                                       self.heading)
            return formatter._join_parts(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- building the message --------------------------------------------

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for subaction in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(subaction)))
        self._action_max_length = max(self._action_max_length,
                                      max(lengths) + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _squeeze_blank_lines(text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings
                        if part and part is not SUPPRESS])

    # -- usage -------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = '%s' % (self._prog,)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _build_usage(self, actions, groups, prefix):
        prog = '%s' % (self._prog,)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        described = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join([s for s in (prog, described) if s])

        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage

        opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
        pos_parts = _usage_parts(
            self._format_actions_usage(positionals, groups))

        def fill(parts, indent, first_prefix=None):
            # greedy filling; the first line may start after first_prefix
            # instead of the indentation
            lines = []
            line = []
            start = indent if first_prefix is None else first_prefix
            used = len(start) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # a short prog: the arguments follow it, aligned after it
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # a long prog gets a line of its own
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Work out the brackets and bars of the mutually exclusive groups
        # whose actions appear together, in order, in `actions`.
        grouped = set()
        marks = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for action in members:
                grouped.add(action)
                if action.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                opener, closer = '[', ']'
            elif shown > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                marks[start] = (marks[start] + ' ' + opener
                                if start in marks else opener)
                marks[end] = marks[end] + closer if end in marks else closer
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                if (action in grouped and part[:1] == '['
                        and part[-1:] == ']'):
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, default))
                if not action.required and action not in grouped:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        return _tidy_usage(' '.join([p for p in parts if p is not None]))

    # -- text and actions ----------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        label_width = help_position - self._current_indent - 2
        label = self._format_action_invocation(action)
        margin = ' ' * self._current_indent

        if not action.help:
            first = margin + label + '\n'
            help_indent = 0
        elif len(label) <= label_width:
            # the help starts on the label's line
            first = margin + label.ljust(label_width) + '  '
            help_indent = 0
        else:
            # the label is too wide: the help starts on the next line
            first = margin + label + '\n'
            help_indent = help_position

        parts = [first]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(' ' * help_indent + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not first.endswith('\n'):
            parts.append('\n')

        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join(['%s %s' % (option, args)
                          for option in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            name = default_metavar

        def repeat(count):
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        # Mismatched metavar tuples make the %-formatting raise TypeError,
        # which add_argument reports.
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return template % metavars(nargs)

    def _expand_help(self, action):
        params = {}
        for name, value in list(vars(action).items()) + [('prog', self._prog)]:
            if value is SUPPRESS:
                params.pop(name, None)
                continue
            if hasattr(value, '__name__'):
                value = value.__name__
            params[name] = value
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_whitespace(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_whitespace(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks and spacing of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line
                        for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks and spacing of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments after their type (int, float, ...) in help."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    """How error messages name an argument."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with an argument: its definition or its value on the
    command line.  str() gives 'argument NAME: MESSAGE'."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to report a bad value with a message."""


# ---------------------------------------------------------------------------
# Namespace and actions
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Gives a ClassName(name=value, ...) repr built from _get_kwargs()."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        leftovers = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                leftovers[name] = value
        if leftovers:
            shown.append('**%r' % (leftovers,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain attribute container: parse_args() returns one."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class Action(_AttributeHolder):
    """What to do with one argument of the command line.

    Subclasses implement __call__(parser, namespace, values,
    option_string=None).  The constructor arguments (option_strings, dest,
    nargs, const, default, type, choices, required, help, metavar) are kept
    as attributes of the same names.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """A flag that also gets a '--no-' form: --feature / --no-feature."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        # copy, so that a list given as the default is never modified
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional argument that picks a sub-command; add_parser()
    creates the parser of each command."""

    class _ChoicesPseudoAction(Action):
        # stands for one command in the help listing

        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(
                    self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            message = 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, message)
        # The sub-parser fills a fresh namespace (so its own defaults win),
        # which is then copied over; what it cannot use is handed back to
        # the top-level parser.
        sub_namespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class FileType(object):
    """A type= factory that opens the named file ('-' means stdin for
    reading, stdout for writing) with the given open() arguments."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif any(c in self._mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            if 'b' in self._mode:
                binary = getattr(stream, 'buffer', None)
                if binary is None:
                    raise NotImplementedError(
                        'argparse.FileType: the binary standard streams '
                        '(sys.stdin.buffer, sys.stdout.buffer) are not '
                        'available')
                return binary
            return stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# Containers of actions: parsers and groups
# ---------------------------------------------------------------------------

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction), ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', name, cls)

        self._get_handler()         # rejects an unknown conflict_handler

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # a shared list, non-empty once an option looks like a negative
        # number (then such arguments are taken as options)
        self._has_negative_number_optionals = []

    # -- registries and defaults --------------------------------------------

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- adding arguments ------------------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(name) for a positional argument, or
        add_argument('-f', '--flag', ...) for an optional one; keyword
        arguments: action, nargs, const, default, type, choices, required,
        help, metavar, dest (and version for action='version')."""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))

        # parsers (not groups) check that a metavar tuple fits nargs
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match '
                                 'nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if (_looks_like_negative_number(option)
                    and not self._has_negative_number_optionals):
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # copy the actions of a parent parser, keeping its groups
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (group.title,))
            groups_by_title[group.title] = group

        destination = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = groups_by_title[group.title]

        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = mutex

        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("_get_positional_kwargs() missing 1 required "
                            "positional argument: 'dest'")
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        nargs = kwargs.get('nargs')
        # a positional is required unless it may take no strings ('?', or
        # '*' with a default)
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        option_strings = []
        long_options = []
        for option in args:
            if not option[0] in chars:
                raise ValueError(
                    'invalid option string %r: must start with a character '
                    '%r' % (option, chars))
            option_strings.append(option)
            if len(option) > 1 and option[1] in chars:
                long_options.append(option)

        dest = kwargs.pop('dest', None)
        if dest is None:
            # '--foo-bar' gives foo_bar; the first long option wins
            source = long_options[0] if long_options else option_strings[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % (option_strings[-1],))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    # -- option string conflicts -----------------------------------------------

    def _get_handler(self):
        name = '_handle_conflict_%s' % (self.conflict_handler,)
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % (self.conflict_handler,))

    def _check_conflict(self, action):
        clashes = []
        for option in action.option_strings:
            if option in self._option_string_actions:
                clashes.append((option, self._option_string_actions[option]))
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        names = ', '.join([option for option, _ in conflicting_actions])
        if len(conflicting_actions) == 1:
            message = 'conflicting option string: %s' % names
        else:
            message = 'conflicting option strings: %s' % names
        raise ArgumentError(action, message)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the new action takes the option strings away from the old ones
        for option, old in conflicting_actions:
            old.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # everything but the group's own action list is the container's
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one of its (optional) arguments may be given; exactly one
    when required=True."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# One run of the parser over a command line
# ---------------------------------------------------------------------------

class _ParseRun(object):
    """Consumes the argument strings of one parse_known_args() call."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.args = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()

        # which actions each action of a mutually exclusive group excludes
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                others = self.conflicts.setdefault(action, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # classify the strings: 'O' option, 'A' argument, '-' for the
        # first '--' (everything after it is an argument)
        self.options = {}
        letters = []
        after_separator = False
        for i, arg in enumerate(arg_strings):
            if after_separator:
                letters.append('A')
            elif arg == '--':
                letters.append('-')
                after_separator = True
            else:
                found = parser._parse_optional(arg)
                if found is None:
                    letters.append('A')
                else:
                    self.options[i] = found
                    letters.append('O')
        self.pattern = ''.join(letters)

    def take_action(self, action, argument_strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        values = parser._get_values(action, argument_strings)
        # an action that only produced its default does not count as given
        # for the mutual exclusion test
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def consume_optional(self, index):
        parser = self.parser
        action, option_string, explicit_arg = self.options[index]
        chars = parser.prefix_chars
        pending = []
        while True:
            if action is None:
                # unknown option: left for the caller (or a subparser)
                self.extras.append(self.args[index])
                return index + 1
            if explicit_arg is None:
                # take arguments from the following strings
                start = index + 1
                count = parser._match_argument(action, self.pattern[start:])
                stop = start + count
                pending.append((action, self.args[start:stop], option_string))
                break
            # '--opt=value', '-xVALUE' or grouped flags '-xyz'
            count = parser._match_argument(action, 'A')
            if (count == 0 and option_string[1] not in chars
                    and explicit_arg != ''):
                pending.append((action, [], option_string))
                option_string = option_string[0] + explicit_arg[0]
                rest = explicit_arg[1:] or None
                if option_string in parser._option_string_actions:
                    action = parser._option_string_actions[option_string]
                    explicit_arg = rest
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit_arg)
            elif count == 1:
                stop = index + 1
                pending.append((action, [explicit_arg], option_string))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % explicit_arg)
        for action, args, option_string in pending:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, index):
        counts = self.parser._match_arguments_partial(self.positionals,
                                                      self.pattern[index:])
        for action, count in zip(self.positionals, counts):
            args = self.args[index:index + count]
            index += count
            self.take_action(action, args)
        del self.positionals[:len(counts)]
        return index

    def run(self):
        index = 0
        last_option = max(self.options) if self.options else -1
        while index <= last_option:
            next_option = min([i for i in self.options if i >= index])
            if index != next_option:
                end = self.consume_positionals(index)
                if end > index:
                    index = end
                    continue
            if index not in self.options:
                # strings no positional wanted, before the next option
                self.extras.extend(self.args[index:next_option])
                index = next_option
            index = self.consume_optional(index)
        end = self.consume_positionals(index)
        self.extras.extend(self.args[end:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # string defaults go through type= only when actually used
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))

        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_non_default for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            parser.error('one of the arguments %s is required'
                         % ' '.join(names))


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of attributes.

    Keyword arguments: prog (default: the base name of sys.argv[0]), usage,
    description, epilog, parents, formatter_class, prefix_chars,
    fromfile_prefix_chars, argument_default, conflict_handler, add_help,
    allow_abbrev, exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description,
                                   prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')

        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    # -- adding arguments ------------------------------------------------------

    def add_subparsers(self, **kwargs):
        """Add the sub-command argument; returns an object whose
        add_parser(name, **kwargs) creates the parser of each command."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))

        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        if kwargs.get('prog') is None:
            # the sub-parsers' prog: this parser's usage without options
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing -----------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()

        for action in self._actions:
            if (action.dest is not SUPPRESS
                    and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as args_file:
                    found = []
                    for line in args_file.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        counts = _match_counts([_nargs_tokens(action)], arg_strings_pattern)
        if counts is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            elif nargs == 1:
                message = 'expected %s argument' % nargs
            else:
                message = 'expected %s arguments' % nargs
            raise ArgumentError(action, message)
        return counts[0]

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the actions as possible, dropping them from the end
        token_groups = [_nargs_tokens(action) for action in actions]
        for count in range(len(actions), 0, -1):
            counts = _match_counts(token_groups[:count], arg_strings_pattern)
            if counts is not None:
                return counts
        return []

    def _parse_optional(self, arg_string):
        """None if arg_string is an argument, else (action, option string,
        explicit argument); action is None for an unknown option."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return (self._option_string_actions[option_string],
                        option_string, explicit_arg)

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            matches = ', '.join([option for _, option, _ in candidates])
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, matches))
        elif len(candidates) == 1:
            return candidates[0]

        if (_looks_like_negative_number(arg_string)
                and not self._has_negative_number_optionals):
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        known = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            # long options: a unique prefix is enough (split at '=' first)
            if self.allow_abbrev:
                prefix, sep, value = option_string.partition('=')
                explicit_arg = value if sep else None
                for option in known:
                    if option.startswith(prefix):
                        found.append((known[option], option, explicit_arg))
        elif option_string[0] in chars:
            # '-xVALUE' or a prefix of a single-dash long option
            short, attached = option_string[:2], option_string[2:]
            for option in known:
                if option == short:
                    found.append((known[option], option, attached))
                elif option.startswith(option_string):
                    found.append((known[option], option, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return found

    # -- intermixed parsing --------------------------------------------------

    def parse_intermixed_args(self, args=None, namespace=None):
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Like parse_known_args, but positionals may come between the
        options: options are parsed first, then the leftover strings."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg'
                                ' with nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                # keep the full usage for error messages
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required)
                            for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining,
                                                          namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_groups:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- values ----------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            # '?' with nothing: const for an option, default for a positional
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None \
                else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            allowed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, allowed))

    # -- help --------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # -- leaving -----------------------------------------------------------

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, then exit
        with status 2.  An override must not return."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
