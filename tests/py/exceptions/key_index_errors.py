# KeyError and IndexError: messages, str() versus repr(), args
d = {"a": 1}
for key in ["missing", 42, (1, 2), None, "", 3.5, "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, "str:", str(e), "repr:", repr(e), "args:", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("two args:", str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print("no args:", repr(str(e)), repr(e))
lst = [1, 2, 3]
for idx in [3, -4, 100]:
    try:
        lst[idx]
    except IndexError as e:
        print("IndexError:", e)
for seq, label in [((), "tuple"), ("", "str"), (range(0), "range"), (b"", "bytes")]:
    try:
        seq[0]
    except IndexError as e:
        print(label, "IndexError:", e)
try:
    lst[1] = lst[10]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[10] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    lst["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    text = "abc"
    text["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    {}.pop("gone")
except KeyError as e:
    print("pop KeyError:", e)
try:
    set().remove(5)
except KeyError as e:
    print("set KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
e = KeyError("msg")
print(isinstance(e, LookupError), e.args[0], f"{e}", f"{e!r}")
