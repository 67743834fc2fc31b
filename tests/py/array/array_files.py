# array.tofile / array.fromfile through file objects, including a short read.
import array
PATH = "/tmp/pyjit-golden-array-files.bin"  # outside the source tree
a = array.array("i", [1, 2, 3])
with open(PATH, "wb") as f:
    a.tofile(f)
b = array.array("i")
with open(PATH, "rb") as f:
    b.fromfile(f, 2)
    print(b)
    try:
        b.fromfile(f, 5)
    except EOFError as e:
        print("EOFError", e)
print(b)
try:
    b.fromfile(open(PATH, "rb"), -1)
except ValueError as e:
    print(e)
