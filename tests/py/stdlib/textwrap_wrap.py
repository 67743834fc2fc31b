# textwrap.wrap/fill/TextWrapper on English text: widths, indents, hyphenated words,
# em-dashes, long words (break_long_words, break_on_hyphens), tabs (expand_tabs,
# tabsize), replace_whitespace, drop_whitespace, fix_sentence_endings, and bad widths.
import textwrap
from textwrap import TextWrapper, wrap, fill

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, "
        "use the -b option! A well-known mother-in-law's state-of-the-art "
        "self-contained re-entrant e-mail arrived; it was supercalifragilisticexpialidocious.")

for width in (1, 2, 5, 10, 12, 15, 20, 30, 40, 70, 200):
    print("--- width", width)
    for line in wrap(text, width):
        print(repr(line))

print("--- indents")
print(fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(fill(text, 25, initial_indent="", subsequent_indent="        | "))
print(fill(text, 10, initial_indent="1234567890123", subsequent_indent=">>"))
print(wrap("short", 10, initial_indent="   "), wrap("", 10), wrap("   ", 10), wrap("\n\n", 10))
print(wrap("  leading spaces kept", 12), wrap("trailing spaces   ", 8))

print("--- break_on_hyphens=False / break_long_words=False")
print(wrap(text, 15, break_on_hyphens=False))
print(wrap(text, 15, break_long_words=False))
print(wrap(text, 8, break_long_words=False, break_on_hyphens=False))
print(wrap("a-very-long-hyphenated-compound-word-indeed", 10))
print(wrap("a-very-long-hyphenated-compound-word-indeed", 10, break_on_hyphens=False))
print(wrap("---------- -----x---- x----------", 6))
print(wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 9))
print(wrap("abc-def-ghi-jkl", 5), wrap("ab-c-d-e", 3), wrap("--abc--def--", 4))
print(wrap("Hello there -- you goof-ball, use the -b option!", 1))

print("--- whitespace handling")
tabbed = "col1\tcol2\t\tcol3\nnext line\x0bvtab\x0cff\rcr"
print(repr(fill(tabbed, 20)))
print(repr(fill(tabbed, 20, expand_tabs=False)))
print(repr(fill(tabbed, 20, tabsize=4)))
print(repr(fill(tabbed, 20, replace_whitespace=False)))
print(repr(fill(tabbed, 20, expand_tabs=False, replace_whitespace=False)))
print(wrap("   indented first   and   spaced   words   ", 10, drop_whitespace=False))
print(wrap("   indented first   and   spaced   words   ", 10))
print(wrap("a\u00a0b\u2003c d\u3000e", 3))

print("--- fix_sentence_endings")
prose = 'This is one. This is "two." Is it three? Yes! Mr. Smith e.g. U.S.A. ends.  Fine.'
print(wrap(prose, 30, fix_sentence_endings=True))
print(wrap(prose, 30))
print(fill("Quoted 'end.' Next one.", 80, fix_sentence_endings=True))

print("--- TextWrapper object")
w = TextWrapper(width=20, initial_indent="> ", subsequent_indent=". ")
print(w.wrap(text)[:3], w.width, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 35
w.break_on_hyphens = False
print(w.fill(text))
print(sorted(k for k in vars(TextWrapper()) if not k.startswith("_")))
print(TextWrapper.unicode_whitespace_trans == {ord(c): 32 for c in "\t\n\x0b\x0c\r "})
chunks = TextWrapper()._split("Hello there -- you goof-ball, use the -b option!")
print(chunks)
print(TextWrapper(break_on_hyphens=False)._split("Hello there -- you goof-ball"))
print(TextWrapper()._split("look, goof-ball -- use the -b option! mother-in-law 3-d x--y --z"))
print(TextWrapper()._split(" a\tb\n"), TextWrapper()._split(""))

print("--- errors")
for args in [("abc", 0), ("abc", -3)]:
    try:
        wrap(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    wrap("", 0)
except ValueError as e:
    print("empty text", type(e).__name__, e)
try:
    TextWrapper(width=5, initial_indent="x" * 10).wrap("hello world")
    print("indent wider than width ok")
except ValueError as e:
    print(type(e).__name__, e)
print(TextWrapper(width=5, initial_indent="x" * 10).wrap("hello world"))
try:
    wrap(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    wrap("abc", width="3")
except TypeError as e:
    print(type(e).__name__, e)
