# strip/lstrip/rstrip, padding and alignment methods
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("www.example.com".lstrip("w.")), repr("path///".rstrip("/")))
print(repr("hi".center(6)), repr("hi".center(7, "*")), repr("hi".center(1)), repr("odd".center(6, "-")))
print(repr("hi".ljust(5)), repr("hi".rjust(5, "0")), repr("hi".ljust(1)), repr("hi".rjust(4, "ä")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)), repr("ab\n\tc".expandtabs(3)))
print(repr("prefix_body".removeprefix("prefix_")), repr("body.txt".removesuffix(".txt")), repr("x".removeprefix("y")))
for width in range(0, 8, 2):
    print(f"[{'ab'.center(width, '.')}] [{'ab'.ljust(width, '.')}] [{'ab'.rjust(width, '.')}]")
table = [("apple", 3), ("kiwi", 12), ("banana", 150)]
for name, n in table:
    print(name.ljust(8) + str(n).rjust(5))
print(repr(" \u00a0x\u3000 ".strip()), repr("\x1c a \x1f".strip()))
