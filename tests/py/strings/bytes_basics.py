# bytes and bytearray basics
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), b"a" * 3, b"ab" + b"cd")
print(b"abc".upper(), b"ABC".lower(), b" x ".strip(), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"abc" != "abc")
print(b"\xc3\xa9".decode(), "é".encode(), "é".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
print(b"68656c6c6f" == b"hello".hex().encode(), bytes.fromhex("68 65 6c"), b"\x01\xab".hex())
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[1]
print(ba, ba[1:], ba.decode())
ba2 = bytearray(4)
ba2[1:3] = b"xy"
print(ba2, list(ba2))
print(b"abc".isalpha(), b"123".isdigit(), b"%d-%s" % (1, b"z"), bytes(b"x").join([b"1", b"2"]))
for bad in [lambda: bytes([256]), lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"), lambda: b"a" + "b"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"), [x for x in b"AZ"])
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), str(b"x"), bytes(b"ab")[::-1])
