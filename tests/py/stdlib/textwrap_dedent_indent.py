# textwrap.dedent (common margin of spaces/tabs, whitespace-only lines, mixed tabs and
# spaces, CRLF) and textwrap.indent (default and custom predicates, line endings).
from textwrap import dedent, indent

samples = [
    "",
    "no indent\n  some\n",
    "    four\n    four\n",
    "    four\n      six\n    four",
    "  two\n    four\n\n  two again\n",
    "\tTab\n\tTab two\n",
    "\t tab-space\n\t  tab-two-spaces\n",
    "  space\n\ttab\n",
    "   \n  a\n      \n  b\n",
    "  a\n \t \n  b",
    "    x\r\n    y\r\n",
    "  \r\n  q\n",
    "\n\n   lone\n\n",
    "   only whitespace   ",
    "     \n\t\n",
    "  a\n b\n  c\n",
    "\t  x\n\t y\n",
    "  \x0cform\n  feed\n",
    '''\
    def f():
        return 1

    print(f())
''',
]
for s in samples:
    print(repr(s), "->", repr(dedent(s)))

print("--- indent")
text = "first\n\n  second\n \t\nthird\r\nfourth\rfifth\x0bsixth\u2028seventh"
print(repr(indent(text, "> ")))
print(repr(indent(text, "+ ", lambda line: True)))
print(repr(indent(text, "# ", lambda line: line.startswith("f"))))
print(repr(indent("", "> ")), repr(indent("\n", "> ")), repr(indent("x", "")))
print(repr(indent("a\nb\n", "  ", predicate=None)))
print(repr(indent(dedent("    a\n      b\n"), "..")))
seen = []
indent("one\ntwo\n\n", "-", lambda line: seen.append(line))
print(seen)
