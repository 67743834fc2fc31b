# repr() chooses quotes and escapes control characters
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "back\\slash",
         "\x00\x01\x1f", "\x7f\x80\x9f\xa0", "é", "\u2028", "😀", "", "'", '"', "\a\b\f\v"]
for t in tests:
    print(repr(t), len(repr(t)))
print(str("it's"), [ "it's", 'a"b' ], ("x",), {"k'": 'v"'})
print(repr(repr("a")), repr(str(1)), repr("\\n"))
print(ascii("naïve ☃ 😀"), ascii("plain"), ascii(["é"]))
print(r"raw\n\t", len(r"\n"), r"\\", r"a\'b")
print("\101\102\x43\u0044\U00000045", "\0" == "\x00", "a\
b")
print("""triple "quoted" 'string'""", '''and 'another' "one"''')
multi = """line1
line2\tx
  line3"""
print(multi)
print(repr(multi))
print("con" "cat" 'en' """ation""", ("implicit "
      "join"))
print(repr(b"bytes'\x00\xff"), repr(b'"'), repr(b"'\""), repr(bytearray(b"ab")))
