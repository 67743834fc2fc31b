# replace, maketrans/translate and related transformations
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("x", "y"), s.replace("", "-", 3))
print("aaa".replace("a", "aa"), "abab".replace("ab", ""), "".replace("", "x"), "abc".replace("", "|"))
print("a.b.c".replace(".", "", -1), "hello".replace("l", "L", 0))
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table), sorted(table.items()))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "1", ord("o"): None}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Attack at Dawn!", 3), caesar(caesar("Attack at Dawn!", 3), -3))
print(" ".join(reversed("one two three".split())), "-".join("abc").upper())
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
