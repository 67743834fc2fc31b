# Format-spec mini-language for integers
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10d", "^10d", "010d", "+d", "-d", " d", ",", "_", "x", "X", "#x",
             "#X", "o", "#o", "b", "#b", "_b", "_x", "#010x", "*^15,", "=+12", "n", "e", ".2f", "%", "g"]:
    print(repr(spec), repr(format(n, spec)))
for v in [0, -5, 255, -255, 10 ** 20]:
    print(f"{v:d}|{v:+d}|{v: d}|{v:x}|{v:#b}|{v:>8}|{v:<8}|{v:^8}|{v:08}|{v:=8}|{v:,}")
print(format(65, "c"), format(0x1F600, "c"), f"{97:c}{98:c}")
print(f"{1234:_x}", f"{-1234:010,}", f"{12:#06b}", f"{-12:#06b}", f"{12:+#x}")
print(f"{True:d}", f"{False:5}|", f"{True:>5}|")
for w in range(1, 6):
    print(f"{42:0{w}d}", f"{-42:0{w}d}")
print(format(10 ** 30, ","), format(-10 ** 30, "_"), format(2 ** 64, "#x"))
print(format(5, ""), format(-5, "<5") + "|", format(5, "x<5"), format(5, "0<5"), format(5, "0>5"))
