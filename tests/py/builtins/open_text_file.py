# open() in text mode as a context manager: write, read, append, iterate lines
path = "/tmp/pyjit_golden_builtins_open_text.txt"
with open(path, "w") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second línea ü\n")
    f.write("third\n")
    print("wrote", n1, n2, f.closed, f.mode, f.name == path)
print("closed after with:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print([l.strip() for l in f][-2:])
with open(path, "w", encoding="utf-8") as f:
    print("via print", 42, sep=",", file=f)
    f.writelines(["a\n", "b\n"])
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
try:
    open("/tmp/pyjit_golden_definitely_missing_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
f = open(path, "w")
f.write("manual close")
f.close()
with open(path) as g:
    print(f.closed, g.read(), g.closed)
try:
    f.write("after close")
except ValueError as e:
    print("ValueError:", e)
