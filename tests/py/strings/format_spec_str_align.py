# Format specs for strings: alignment, fill, width, precision
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^11", "-<8", "0>8", ".3", "10.2", ">10.4", "^7.1", ".0", "2"]:
    print(repr(spec), repr(format(s, spec)))
print(f"[{s:>{8}}] [{s:{'.'}^{9}}] [{s:.{2}}]")
print(f"[{'é':>3}] [{'日本':^6}] [{'😀':*<3}]")
print("{:<6}|{:^6}|{:>6}|".format("a", "b", "c"))
rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 10, 12.25), ("fig", 100, 0.333)]
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f"{name:<12}{qty:>5}{price:>9}")
    else:
        print(f"{name:<12}{qty:>5d}{price:>9.2f}")
print(f"{'':-^26}")
print(format("x", "^1"), format("", ">3") + "|", format("abc", "<0") + "|")
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "=10")
except ValueError as e:
    print("ValueError:", e)
print(format(None, ""), format([1, 2], ""), format(str((1,)), ">8"))
