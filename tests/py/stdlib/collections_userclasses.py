# collections.UserDict, UserList and UserString: the wrapped .data, the
# container protocols and operators, methods, subclass overrides (__missing__,
# __setitem__), copies and the ABCs they derive from.
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# UserDict
ud = UserDict({"a": 1}, b=2)
print(ud, ud.data, len(ud), ud["a"], "b" in ud, list(ud), type(ud.data).__name__)
ud["c"] = 3
del ud["a"]
print(ud, ud.get("zz"), ud.get("b"), sorted(ud.items()), list(ud.keys()), list(ud.values()))
attempt(lambda: ud["nope"])
print(ud.pop("b"), ud.setdefault("d", 4), ud.popitem(), ud)
ud.update({"x": 1}, y=2)
ud.update([("z", 3)])
print(ud, ud == {"c": 3, "d": 4, "x": 1, "y": 2, "z": 3} or ud)
print(ud | {"n": 0}, {"n": 0} | ud, type(ud | {}).__name__, type({} | ud).__name__)
ud |= UserDict(m=9)
print(ud, UserDict.fromkeys("ab", 0), UserDict(), UserDict(dict=1))
cp = ud.copy()
cp["x"] = 100
print(ud["x"], cp["x"], type(cp).__name__, copy.copy(ud) == ud)
print(isinstance(ud, MutableMapping), isinstance(ud, dict))


class Defaulting(UserDict):
    def __missing__(self, key):
        return "missing:" + str(key)


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


dm = Defaulting(a=1)
print(dm["a"], dm["b"], "b" in dm, dm.get("b"))
up = Upper({"x": 1}, y=2)
up["z"] = 3
up.update(w=4)
print(up, type(up.copy()).__name__, up.copy())

# UserList
ul = UserList([3, 1, 2])
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__)
ul.append(5)
ul.insert(0, 9)
ul.extend([7, 7])
ul.extend(UserList([8]))
print(ul, ul.count(7), ul.index(7), ul.index(7, 6), 5 in ul)
print(ul.pop(), ul.pop(0), ul)
ul.remove(7)
ul.sort()
print(ul)
ul.sort(reverse=True, key=lambda v: v % 3)
print(ul)
ul.reverse()
print(ul)
ul[0] = "first"
del ul[-1]
print(ul)
ul[1:3] = ["a", "b", "c"]
print(ul)
attempt(lambda: ul.index("zz"))
attempt(lambda: ul[100])
a = UserList([1, 2])
print(a + [3], a + UserList([4]), a + (5,), a * 2, 3 * a, type(a + [3]).__name__, a.__radd__([0]))
a += [3]
a += (4,)
a *= 2
print(a, len(a))
print(UserList([1, 2]) == [1, 2], UserList([1]) < [2], UserList([1, 2]) > UserList([1]), UserList([1]) <= UserList([1]), [1] == UserList([1]))
c = a.copy()
c.clear()
print(a, c, type(c).__name__, UserList(), UserList("abc"), UserList(UserList([1])))
cl = copy.copy(a)
print(cl == a, cl is a, cl.data is a.data)
print(isinstance(a, MutableSequence), isinstance(a, list), list(reversed(UserList([1, 2, 3]))))
attempt(lambda: hash(UserList()))

# UserString
us = UserString("Hello World")
print(us, repr(us), us.data, len(us), us[0], us[-5:], type(us[0]).__name__, "World" in us, UserString("lo") in us)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(type(us.upper()).__name__, us.split(), us.split("o", 1), us.rsplit(None, 1), us.partition(" "), us.rpartition("o"))
print(us.find("o"), us.rfind("o"), us.index("W"), us.count("l"), us.count(UserString("l")), us.startswith("He"), us.endswith(("x", "ld")))
attempt(lambda: us.index("zz"))
print(us.replace("World", "There"), us.center(15, "*"), us.ljust(13, "."), us.rjust(13), us.zfill(14))
print(UserString("  pad ").strip(), UserString("xxhixx").strip("x"), UserString("  l").lstrip(), UserString("r  ").rstrip() + "|")
print(us.isalpha(), UserString("abc").isalpha(), UserString("123").isdigit(), UserString("12").isnumeric(), UserString("ab1").isalnum(), UserString("   ").isspace())
print(UserString("Title Case").istitle(), UserString("low").islower(), UserString("UP").isupper(), UserString("x_1").isidentifier(), UserString("ab").isascii(), UserString("12").isdecimal())
print(us + "!", "> " + us, us + UserString("?"), us * 2, 2 * UserString("ab"), type("> " + us).__name__)
print(UserString("%s-%d") % ("a", 3), UserString("{}+{}").format(1, 2), UserString("{x}").format_map({"x": 5}))
print(UserString(",").join(["a", "b"]), UserString("a\nb\n").splitlines(), UserString("a\nb").splitlines(True), UserString("a\tb").expandtabs(4))
print(us.encode(), UserString("prefix_x").removeprefix("prefix_"), UserString("x.py").removesuffix(".py"))
print(UserString("abc").translate(str.maketrans("abc", "xyz")), UserString.maketrans("a", "b"))
print(UserString("b") > "a", UserString("a") == "a", "a" == UserString("a"), UserString("a") < UserString("b"), hash(UserString("q")) == hash("q"))
print(int(UserString("42")), float(UserString("2.5")), UserString("1+2j").__complex__(), str(UserString(12)), UserString(UserString("copy")))
print(sorted([UserString("b"), UserString("a")]), isinstance(us, Sequence), isinstance(us, str), list(UserString("abc")))
