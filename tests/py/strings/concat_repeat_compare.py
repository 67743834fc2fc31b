# Concatenation, repetition, comparison and membership of strings
a = "foo"
b = "bar"
print(a + b, b + a, a * 3, 3 * a, a * 0, a * -2, "" * 100, repr(a * 0))
print(a == "foo", a != b, a < b, a > b, a <= "foo", "Z" < "a", "abc" < "abcd", "b" > "abcd")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "a"]))
print(sorted(["b", "a", "C"], key=str.lower), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(max("hello"), min("hello"), max(["x", "yy", "z"]), min("zebra", "apple"))
print("ell" in "hello", "" in "", "x" in "", "lo" not in "hello")
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for w in ["a", "b", "c"]:
    parts.append(w * 2)
print("".join(parts), "-".join(parts) * 2)
print(str(1) + str(2.5) + str(None) + str([1]) + str((1,)) + str({}) + str(True))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
x = "abc"
y = "".join(["a", "b", "c"])
print(x == y, hash(x) == hash(y), x[::-1] == "cba")
print("ab" * 2 == "abab", "ab" + "ab" == "ab" * 2, ["ab"] * 2)
t = "immutable"
try:
    t[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print(t.upper(), t)
