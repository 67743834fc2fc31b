# split/rsplit/splitlines/join
print("a b  c   d".split(), "a b  c".split(" "), "  lead and trail  ".split())
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0))
print("x".split(","), "".split(","), "".split(), "   ".split(), "a\tb\nc\x0bd\x0ce\rf".split())
print("1::2::3".split("::"), "abc".split("abc"), "aXbXc".split("X", -1), "a b c d".rsplit(None, 2))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=1), "  a  b  ".rsplit(None, 1))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\x1cy\x1dz\u2028w\u2029v\x85u".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), " ".join("abc"), "-".join(("x",)), "+".join(str(i) for i in range(5)))
print("".join(reversed("stressed")), ", ".join(map(str, [1.5, 2, None])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age\nann,31\nbob,27\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
print(" | ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
print("a=1;b=2;c=3".split(";")[1].split("=")[1])
