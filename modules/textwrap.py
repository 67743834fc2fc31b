"""Text wrapping and filling, written for pyjit.

Provides TextWrapper (width, initial_indent, subsequent_indent, expand_tabs,
replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
break_on_hyphens, tabsize, max_lines, placeholder) and the functions wrap(),
fill(), shorten(), dedent() and indent(), producing the same output as
CPython 3.11.

The text is cut into chunks by a hand-written scanner that follows the rules
of CPython's word-splitting regular expression (whitespace runs; words, split
after a hyphen between letters; em-dashes "--" between words), so the re
module is not needed.  Known gaps: the class attributes wordsep_re,
wordsep_simple_re and sentence_end_re (compiled regular expressions in CPython)
are absent; a subclass that sets them gets them used, through their .split()
and .search() methods, like CPython does.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these characters count as whitespace when wrapping (not the Unicode
# ones): CPython does the same so that non-breaking spaces stay put.
_whitespace = "\t\n\x0b\x0c\r "
_WS = frozenset(_whitespace)
_WORD_PUNCT = frozenset("!\"'&.,?")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _is_word(c):
    # \w of a str pattern
    return c == "_" or c.isalnum()


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit
    return (c == "_" or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c in _WORD_PUNCT or c == "_" or c.isalnum()


def _dashes_then_word(text, j, n):
    """True when text[j:] is two or more hyphens followed by a word character."""
    k = j
    while k < n and text[k] == "-":
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_hyphenated(text):
    """Chunks of text: runs of whitespace, em-dashes ("--") that stand between
    words, and words, a word being cut after each hyphen that joins letters
    ("mother-in-law" -> "mother-", "in-", "law")."""
    chunks = []
    n = len(text)
    i = 0
    ws = _WS
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_word_punct(text[i - 1]) \
                and _dashes_then_word(text, i, n):
            j = i
            while text[j] == "-":
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # a word: the shortest run of non-whitespace that ends
        #  - with a hyphen that follows two letters (or letter-hyphen-letter)
        #    and precedes two letters (or letter-hyphen-letter), or
        #  - before whitespace or at the end of the text, or
        #  - after a word or punctuation character, before "--" and a word.
        j = i + 1
        while True:
            if j >= n:
                end = j
                break
            c = text[j]
            if c in ws:
                end = j
                break
            if c == "-":
                prev = text[j - 1]
                if _is_letter(prev) and j >= 2 and (
                        _is_letter(text[j - 2])
                        or (text[j - 2] == "-" and j >= 3 and _is_letter(text[j - 3]))):
                    if j + 2 < n and _is_letter(text[j + 1]):
                        after = text[j + 2]
                        if _is_letter(after) or (after == "-" and j + 3 < n
                                                 and _is_letter(text[j + 3])):
                            end = j + 1
                            break
                if _is_word_punct(prev) and _dashes_then_word(text, j, n):
                    end = j
                    break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_on_whitespace(text):
    """Alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    ws = _WS
    while i < n:
        in_ws = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then '.', '!' or '?', then maybe a quote, at the end."""
    n = len(chunk)
    if n >= 2 and chunk[-1] in ".!?" and chunk[-2] in _LOWER:
        return True
    return (n >= 3 and chunk[-1] in "\"'" and chunk[-2] in ".!?"
            and chunk[-3] in _LOWER)


class TextWrapper:
    """Object for wrapping/filling text.

    Public attributes (set by the constructor, may be changed afterwards):
      width (default: 70): maximum length of wrapped lines.
      initial_indent (default: ""): prepended to the first line.
      subsequent_indent (default: ""): prepended to the other lines.
      expand_tabs (default: true): expand tabs with str.expandtabs(tabsize).
      replace_whitespace (default: true): turn each whitespace character left
        after tab expansion into a space.
      fix_sentence_endings (default: false): put two spaces after sentence
        endings (a lowercase letter, '.', '!' or '?', maybe a quote).
      break_long_words (default: true): cut words longer than width.
      drop_whitespace (default: true): drop whitespace at the start and end of
        lines (but not the indentation at the start of the text).
      break_on_hyphens (default: true): allow breaks after hyphens in words.
      tabsize (default: 8): tab stops for expand_tabs.
      max_lines (default: None): truncate to this many lines, ending the last
        one with placeholder (default: ' [...]').
    """

    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods (the same hooks as CPython's) ----------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            pattern = getattr(self, "wordsep_re", None)
            chunks = pattern.split(text) if pattern is not None else _split_hyphenated(text)
        else:
            pattern = getattr(self, "wordsep_simple_re", None)
            chunks = pattern.split(text) if pattern is not None else _split_on_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        pattern = getattr(self, "sentence_end_re", None)
        ends = pattern.search if pattern is not None else _ends_sentence
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # At least one character goes on every line, even when the indent
        # leaves no room.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to cut after the last hyphen that fits, unless only
                # hyphens come before it
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            # an unbreakable word gets a line of its own
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        chunks.reverse()        # a stack: the next chunk is chunks[-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # whitespace does not start a line (except the first one)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]

            line = []
            line_len = 0
            while chunks:
                size = len(chunks[-1])
                if line_len + size > width:
                    break
                line.append(chunks.pop())
                line_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = 0
                for piece in line:
                    line_len += len(piece)

            if self.drop_whitespace and line and line[-1].strip() == "":
                line_len -= len(line[-1])
                del line[-1]

            if not line:
                continue

            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not chunks
                         or (self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()))
                        and line_len <= width)):
                lines.append(indent + "".join(line))
                continue

            # The last line allowed: end it with the placeholder, dropping
            # chunks until it fits; failing that, put it on the previous line
            # or alone on this one.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    break
                line_len -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ----------------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph text: a list of lines without newlines,
        none longer than width (unless a word cannot be broken)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of wrap(text) joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into lines of at most width
    characters; keyword arguments are TextWrapper attributes."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width,
    the dropped words replaced by the placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the whitespace (spaces and tabs) that every line of text starts
    with.  Lines of only spaces and tabs are emptied and do not count;
    " " and "\\t" are different indentation."""
    lines = text.split("\n")
    margin = None
    for idx in range(len(lines)):
        line = lines[idx]
        content = line.lstrip(" \t")
        if not content:
            if line:
                lines[idx] = ""
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        size = len(margin)
        for idx in range(len(lines)):
            if lines[idx].startswith(margin):
                lines[idx] = lines[idx][size:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default the lines that are not only whitespace)."""
    out = []
    if predicate is None:
        for line in text.splitlines(True):
            out.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            out.append(prefix + line if predicate(line) else line)
    return "".join(out)
