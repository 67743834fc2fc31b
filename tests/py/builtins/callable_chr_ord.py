# callable(), chr(), ord()
class WithCall:
    def __call__(self):
        return 1
class NoCall:
    pass
print(callable(len), callable(print), callable(lambda: 0), callable(WithCall), callable(WithCall()), callable(NoCall()))
print(callable(5), callable("s"), callable(None), callable(int), callable(str.upper), callable("s".upper), callable([].append))
def f():
    pass
print(callable(f), callable(f()), callable(type), callable(object()), callable(NoCall))
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n", chr(0x263A), chr(0x1F40D), chr(0xE9), chr(0x10FFFF) == "\U0010FFFF")
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("☺"), ord("🐍"), ord("é"), ord("\x00"), ord(b"A"), ord(bytearray(b"z")))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) ^ 32) for c in "Hello"))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""), lambda: ord(65), lambda: chr(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum(ord(c) for c in "checksum") % 256, "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "uryyb"))
