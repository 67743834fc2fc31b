# open() in binary mode: bytes round trip, seek/tell, partial reads
path = "/tmp/pyjit_golden_builtins_open_binary.bin"
data = bytes(range(256)) + "héllo".encode("utf-8")
with open(path, "wb") as f:
    written = f.write(data)
    print("written", written, f.tell())
with open(path, "rb") as f:
    back = f.read()
print(back == data, len(back), type(back).__name__, back[:4], back[-6:])
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(0)
    print(f.read(1))
    print(f.read(0), len(f.read()), f.read())
with open(path, "ab") as f:
    f.write(b"\x00END")
with open(path, "rb") as f:
    blob = f.read()
print(len(blob), blob[-4:], blob.endswith(b"END"), repr(blob[256:].decode("utf-8")))
with open(path, "wb") as f:
    f.write(bytearray(b"from bytearray"))
    f.write(b"+" + b"view")
with open(path, "rb") as f:
    print(f.read())
with open(path, "r") as f:
    print(repr(f.read()))
try:
    with open(path, "wb") as f:
        f.write("text into binary")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes into text")
except TypeError as e:
    print("TypeError:", e)
with open(path, "wb") as f:
    f.write("línea\r\nx\n".encode())
with open(path, "rb") as f:
    raw = f.read()
with open(path, "r", newline="") as f:
    kept = f.read()
with open(path, "r") as f:
    translated = f.read()
print(raw, repr(kept), repr(translated))
