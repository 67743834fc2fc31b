# Character-class predicate methods
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "a b", "½", "²", "٣", "Ab Cd", "_id", "1id", "é", "x\x00", "MiXeD"]
print("sample isalpha isdigit isdecimal isnumeric isalnum isspace isupper islower istitle isidentifier isprintable isascii")
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aB3 _!\n"])
print(sum(c.isdigit() for c in "a1b22c333"), "".join(c for c in "h3ll0 w0rld" if c.isalpha()))
