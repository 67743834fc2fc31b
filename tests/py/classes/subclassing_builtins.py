# Subclassing list, dict, int, str, Exception and overriding behaviour
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), s.pop(), len(s), isinstance(s, list), type(s[:]).__name__, type(s + [9]).__name__)
class CaseInsensitiveDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
cd = CaseInsensitiveDict()
cd["Name"] = "x"
print(cd["NAME"], "nAmE" in cd, cd, len(cd), list(cd.items()))
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, o):
        return Meters(float(self) + float(o))
m = Meters(1.5) + Meters(2)
print(m, repr(m), m * 2, type(m * 2).__name__, m > 3)
class Even(int):
    def is_even(self):
        return self % 2 == 0
e = Even(10)
print(e, e.is_even(), Even(7).is_even(), e + 1, type(e + 1).__name__, Even(4) == 4, hash(Even(4)) == hash(4))
class Tag(str):
    def wrap(self, inner):
        return f"<{self}>{inner}</{self}>"
print(Tag("b").wrap("bold"), Tag("abc").upper(), type(Tag("x").upper()).__name__, Tag("q") == "q")
class OrderedSet(dict):
    def add(self, v):
        self[v] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet()
for v in ["b", "a", "b", "c"]:
    os_.add(v)
print(os_, len(os_), "a" in os_)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as ex:
    print(ex, ex.code, ex.args, isinstance(ex, Exception))
class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, v):
        self.appends += 1
        super().append(v)
cl = CountingList([1, 2])
cl.append(3)
cl.extend([4, 5])
print(cl, cl.appends)
class DefaultZero(dict):
    def __missing__(self, k):
        return 0
dz = DefaultZero(a=1)
print(dz["a"], dz["zzz"], dz)
