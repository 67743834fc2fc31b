# collections.Counter: counting from iterables/mappings/keywords, missing keys,
# update/subtract, most_common (ties keep insertion order), elements, total,
# the multiset operators, in-place forms, comparisons, repr, fromkeys error.
from collections import Counter


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(Counter(), Counter({"x": 3, "y": -1}), Counter(a=2, b=0), Counter(["a", "b", "a"], ))
print(Counter([1, 2, 2, 3, 3, 3]), Counter("aaa", b=2))

# most_common: by count, ties in insertion order
w = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(w.most_common(3))
print(w.most_common())
print(w.most_common(0), w.most_common(-1), Counter().most_common(2))
ties = Counter("dcbaabcd")
print(ties.most_common(), ties.most_common(2))
print(Counter({"a": 1, "b": 3, "c": 3, "d": 2}).most_common())

# elements and total
e = Counter(a=3, b=0, c=-2, d=1)
print(list(e.elements()), e.total(), Counter().total())

# update / subtract
u = Counter("aab")
u.update("abc")
print(u)
u.update({"a": 10, "z": 2})
print(u)
u.update(Counter(q=1), q=4)
print(u)
u.subtract("aaz")
print(u)
u.subtract({"b": 5}, c=1)
print(u)
u.subtract(Counter(q=9))
print(u)
v = Counter()
v.update({"x": 1})
v.update()
print(v)

# deleting a missing key is no error; counts can be set directly
d = Counter(a=1)
del d["missing"]
del d["a"]
d["n"] += 1
d["m"] -= 1
print(d)

# multiset operators keep only positive counts
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(Counter(x=-3) - Counter(x=-5), Counter() - Counter(y=-2))
attempt(lambda: a + {"a": 1})
attempt(lambda: a - 1)

# in-place forms
i = Counter(a=3, b=1)
i += Counter(a=-1, c=2, d=-5)
print(i)
i -= Counter(a=2, e=-3)
print(i)
i |= Counter(b=5, c=1, f=-1)
print(i)
i &= Counter(b=2, c=9, e=1)
print(i)
j = Counter(a=1, b=-1)
j += Counter()
print(j)

# comparisons: missing counts are zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
print(Counter(a=3) >= Counter(a=2, b=0), Counter(a=3) > Counter(a=3), Counter(a=2, b=1) > Counter(a=1))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 1, "b": 0})
attempt(lambda: Counter(a=1) <= {"a": 1})

# repr: sorted by count; values that cannot be ordered fall back to dict order
print(repr(Counter("banana")), repr(Counter()))
print(Counter({"a": "x", "b": 2}))
print(Counter({"x": 1.5, "y": 2}))

# subclassing, copy, fromkeys
class MyCounter(Counter):
    pass


mc = MyCounter("hello")
print(mc, type(mc.copy()).__name__, type(mc + mc).__name__)
cp = c.copy()
cp["a"] = 0
print(c["a"], cp["a"], isinstance(c, dict))
attempt(lambda: Counter.fromkeys("abc"))
attempt(lambda: Counter.fromkeys("abc", 1))
attempt(lambda: hash(Counter()))

# word frequencies, a typical use
text = "one two three two three three four four four four"
freq = Counter(text.split())
for word, n in freq.most_common():
    print(word, n)
print(sorted(freq.items()), sum(freq.values()), max(freq, key=freq.get))
