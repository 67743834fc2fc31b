# print(): sep, end, file, flush, and how values are converted
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", end="")
print("y", end="|\n")
print("no", "newline", sep="-", end="")
print()
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep=" ; ")
print("multi\nline", "text")
print(*range(5))
print(*range(5), sep="")
print(*[], sep="never shown")
print("sep None", "uses space", sep=None, end=None)
print("", "", sep="x")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("to", "collector", file=c)
print("second", end="!", file=c, flush=True)
print(c.parts)
print("explicit stdout", file=sys.stdout)
print("file None means stdout", file=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError:", e)
class S:
    def __str__(self):
        return "custom-str"
print(S(), [S()] == [S()], "tab\tsep", sep="\t")
print("é ü 日本 😀")
print(repr("é"), ascii("é"))
