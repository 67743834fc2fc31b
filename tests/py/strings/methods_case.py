# Case-conversion methods
words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "123abc def", "", "  spaced  out ", "mIxEd-cAsE_words"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()))
    print("  ", repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), "ß".casefold(), "ÉCOLE".lower(), "élan".capitalize())
print("ABC".isupper(), "abc".islower(), "Abc Def".istitle(), "Abc def".istitle(), "123".isupper())
print("a1b2".upper(), "Ünïcödé".swapcase(), "ǈ".title())
print("hello"[0].upper() + "hello"[1:], "_".join(w.capitalize() for w in "make me camel".split()))
print("x".upper() is not None, "".upper() == "")
