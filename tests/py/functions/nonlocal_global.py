# global and nonlocal declarations
x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def write_global():
    global x
    x = "rebound by function"
print(read_global(), shadow(), x)
write_global()
print(x)
def create_global():
    global brand_new
    brand_new = 123
create_global()
print(brand_new)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(3):
        bump()
    return n
print(outer())
def levels():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        r = inner()
        return r, a
    res = mid()
    return res, a
print(levels())
def skip_level():
    v = "outermost"
    def mid():
        def inner():
            nonlocal v
            v = "changed from inner"
        inner()
    mid()
    return v
print(skip_level())
total = 0
def add_all(items):
    global total
    for i in items:
        total += i
add_all([1, 2, 3])
add_all([10])
print(total)
def global_in_nested():
    def inner():
        global gcount
        gcount = "set in nested"
    inner()
global_in_nested()
print(gcount)
def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(unbound())
class K:
    y = 1
    def m(self):
        return y
y = "module y"
print(K().m(), K.y)
