# find/rfind/index/rindex/count/startswith/endswith/in
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind("abra", 1))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 4), s.count("aa"))
try:
    s.index("q")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith("a", 0, 1))
print("cad" in s, "dab" in s, "" in s, "abc" not in s, "A" in s)
print("aaaa".count("aa"), "aaaa".find("aa", 2), "aaaa".replace("aa", "b"))
print(s.find("a", -3), s.find("a", -100), s.rfind("a", -5, -1), s.count("a", -5))
text = "one two three two one"
pos = -1
found = []
while True:
    pos = text.find("two", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
print("Hello".lower().find("l"), "x".find("xx"), "".find(""), "".find("a"))
print(s.partition("cad"), s.rpartition("a"), s.partition("zz"), s.rpartition("zz"))
