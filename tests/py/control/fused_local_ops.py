# Local-variable patterns the VM runs as superinstructions (`x op= k`, `x op= y`,
# `if a < b` / `while a < k` on locals) keep every Python semantic.


def counters():
    i = 0
    total = 0
    while i < 10:
        i += 1
        total += i
    s = "a"
    s += "b"
    xs = [1]
    alias = xs
    xs += [2]  # in place: the alias sees it
    f = 1.5
    f *= 2
    n = 7
    n //= 2
    n **= 3
    return i, total, s, xs, alias, xs is alias, f, n


print(counters())


def compare_branches(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a <= b:
        out.append("not le")
    if a == 3:
        out.append("eq 3")
    if a != 3:
        out.append("ne 3")
    while a > 0:
        a -= 1
    out.append(a)
    return out


print(compare_branches(3, 5), compare_branches(9, 2), compare_branches(-1, -1))


class Weird:
    """Comparisons that return non-bools and raise."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v is None:
            raise ValueError("cannot compare None")
        return [self.v] if self.v < other else []

    def __iadd__(self, k):
        self.v = (self.v or 0) + k * 100
        return self


def weird(w, k):
    if w < k:
        result = "truthy list"
    else:
        result = "empty list"
    w += k
    return result, w.v


print(weird(Weird(1), 5), weird(Weird(9), 5))
try:
    weird(Weird(None), 5)
except ValueError as e:
    print("ValueError:", e)


def mixed_numbers():
    x = 10**18
    x += 10**18  # overflows i64: becomes a big int
    y = 2**62
    y *= 4
    z = 1
    z += 0.5
    b = True
    b += True
    return x, y, z, b


print(mixed_numbers())


def unbound_in_compare(flag):
    if flag:
        late = 1
    if late < 5:
        return "small"
    return "big"


def unbound_in_update(flag):
    if flag:
        acc = 0
    acc += 1
    return acc


for fn in (unbound_in_compare, unbound_in_update):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def type_error_in_update():
    n = 1
    n += "x"


try:
    type_error_in_update()
except TypeError as e:
    print("TypeError:", e)


def assignments(a, b):
    c = a + b
    d = a * 3
    e = c - d
    xs = [0, 0, 0]
    i = 1
    xs[i] = e
    j = -1
    xs[j] = "last"
    m = {}
    k = "key"
    m[k] = c
    return c, d, e, xs, m


print(assignments(2, 5), assignments(2.5, 1))


def store_errors():
    xs = [1, 2]
    i = 5
    try:
        xs[i] = 0
    except IndexError as e:
        print("IndexError:", e)
    t = (1, 2)
    i = 0
    try:
        t[i] = 3
    except TypeError as e:
        print("TypeError:", e)
    a = None
    b = 1
    try:
        c = a + b
    except TypeError as e:
        print("TypeError:", e)
    try:
        c = b / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return "done"


print(store_errors())
