# textwrap max_lines/placeholder truncation and shorten(): where the placeholder
# goes, when it moves to the previous line, placeholder too large errors.
from textwrap import TextWrapper, wrap, fill, shorten

text = ("Hello world! This is a fairly long sentence that will need to be truncated "
        "somewhere, with a-hyphenated-word and anextraordinarilylongwordhere too.")
for width in (8, 12, 15, 20, 25, 40, 80, 200):
    print("--- width", width)
    print(repr(shorten(text, width)))
    print(repr(shorten(text, width, placeholder="...")))
    for max_lines in (1, 2, 3):
        print(max_lines, wrap(text, width, max_lines=max_lines))

print("--- shorten details")
print(repr(shorten("Hello  world!", width=12)), repr(shorten("Hello  world!", width=11)))
print(repr(shorten("Hello world", width=10, placeholder="...")))
print(repr(shorten("   lots   of\n\nspace\t\there   ", 40)))
print(repr(shorten("", 10)), repr(shorten("   ", 10)), repr(shorten("word", 6)))
print(repr(shorten("Hello world!", 11, placeholder=" [...]", break_long_words=False)))
print(repr(shorten("abcdefghijklmnop qrs", 10)), repr(shorten("abcdefghijklmnop qrs", 10, break_long_words=False)))
print(repr(shorten("one two three four", 12, initial_indent="> ")))

print("--- max_lines with indents and whitespace")
print(wrap("aaa bbb ccc ddd eee fff", 7, max_lines=2, subsequent_indent=" "))
print(wrap("aaa bbb ccc ddd eee fff", 7, max_lines=3, placeholder=" ~"))
print(wrap("aaa bbb ccc", 3, max_lines=2, placeholder="."))
print(wrap("aaa bbb ccc   ", 7, max_lines=2))
print(wrap("aaa bbb   ", 7, max_lines=1))
print(wrap("aaa bbb   ", 7, max_lines=1, drop_whitespace=False))
print(wrap("aaaaaaaaaaaaaaaa bbb ccc", 6, max_lines=2))
print(wrap("a b c d e f g h", 5, max_lines=2, placeholder=" [..]"))
print(wrap("word " * 10, 9, max_lines=3, placeholder="..."))
print(wrap("x " * 10, 4, max_lines=4, placeholder=" *"))
print(fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", 20, max_lines=2))

print("--- errors")
for kwargs in [dict(width=4, max_lines=1), dict(width=6, max_lines=2, subsequent_indent="  "),
               dict(width=6, max_lines=1, initial_indent="  "), dict(width=5, max_lines=1, placeholder="     x")]:
    try:
        print(kwargs, wrap("some words here", **kwargs))
    except ValueError as e:
        print(kwargs, type(e).__name__, e)
try:
    shorten("text", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    shorten("word", 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    shorten("hello world", 3)
except ValueError as e:
    print(type(e).__name__, e)
