# Indexing and length of strings with non-ASCII characters
s = "héllo wörld"
print(len(s), s[0], s[1], s[-1], s[7], s[-4])
e = "日本語テキスト"
print(len(e), e[0], e[2], e[-1], e[1:4], e[::-1])
m = "a€b😀c"
print(len(m), m[1], m[3], m[4], [c for c in m])
print([ord(c) for c in m])
print(m.upper(), m.find("😀"), m.index("c"), "😀" in m)
print(chr(233), chr(0x1F600), chr(0x65E5), ord("é"), ord("日"))
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("Straße".casefold(), "ΣΑΣ".lower(), "straße" == "strasse")
for i, ch in enumerate("añb"):
    print(i, ch, ord(ch))
print("é" < "z", "z" < "é", sorted(["é", "e", "z", "a", "É"]))
print("\u00e9" == "é", "\U0001F600" == "😀", "\xe9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
try:
    print(e[7])
except IndexError as err:
    print("IndexError:", err)
t = "ab" * 3 + "ü"
print(t, t[-1], t.count("b"), t.rfind("a"))
print("x".join("äöü"), "-".join(["日", "本"]), "äöü".encode("utf-8"), len("äöü".encode()))
print(b"\xc3\xa4".decode("utf-8"), "€".encode("utf-8"), bytes("é", "latin-1"))
print(repr("é"), repr("日本"), ascii("é日"), repr("\u200b"), repr("\x7f"))
