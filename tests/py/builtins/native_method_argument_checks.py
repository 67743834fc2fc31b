# Built-in methods called unbound or with missing arguments raise TypeError (no crash)
cases = [
    "int.bit_length()", "slice.indices(1, 2)", "list.append(1, 2)", "str.upper(5)",
    "dict.keys([])", "float.hex('x')", "int.from_bytes()", "bytes.fromhex()",
    "b'ab'.count()", "b'ab'.find()", "b'ab'.startswith()", "b'ab'.endswith()", "b''.join()",
    "bytearray(b'a').count()", "set.add(frozenset(), 1)", "list.sort(())",
]
for s in cases:
    try:
        print(s, "->", eval(s))
    except TypeError as e:
        print(s, "=> TypeError:", e)
print(int.from_bytes(b"\x01\x00", "big"), b"abca".count(b"a"), b"-".join([b"x", b"y"]))
