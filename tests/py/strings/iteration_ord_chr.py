# Iterating strings, ord/chr, enumerate and zip over characters
s = "Hello"
for ch in s:
    print(ch, ord(ch), hex(ord(ch)), chr(ord(ch) + 1))
print(list(s), tuple(s), set("aaa"), list(reversed(s)), list(enumerate(s, 1)))
print(dict(zip("abc", range(3))), list(zip("ab", "xyz")))
print([chr(c) for c in range(65, 91, 5)], "".join(chr(c) for c in range(97, 123)))
print(sum(ord(c) for c in "abc"), [ord(c) - ord("a") for c in "python"])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
vowels = [c for c in "programming language" if c in "aeiou"]
print(vowels, len(vowels))
print(chr(0), repr(chr(0)), chr(127), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
word = "level"
print(word == word[::-1], all(word[i] == word[-1 - i] for i in range(len(word) // 2)))
print(max(enumerate("hello"), key=lambda p: p[1]), min("hello", key=ord))
