# Arguments are passed by object reference: mutation is visible, rebinding is not
def mutate_list(lst):
    lst.append("added")
    lst[0] = "changed"
def rebind_list(lst):
    lst = ["new"]
    return lst
a = ["orig", 1]
mutate_list(a)
print(a)
print(rebind_list(a), a)
def mutate_dict(d):
    d["k"] = d.get("k", 0) + 1
    d.pop("gone", None)
d = {"gone": True}
mutate_dict(d)
mutate_dict(d)
print(d)
def inc_int(n):
    n += 1
    return n
n = 5
print(inc_int(n), n)
def extend_tuple(t):
    t += (99,)
    return t
t = (1, 2)
print(extend_tuple(t), t)
def extend_list(l):
    l += [99]
    return l
l = [1, 2]
print(extend_list(l), l)
def modify_string(s):
    s += " world"
    return s
s = "hello"
print(modify_string(s), s)
class Box:
    def __init__(self, v):
        self.v = v
def set_box(b):
    b.v = "set"
    b = Box("other")
    b.v = "unseen"
bx = Box("init")
set_box(bx)
print(bx.v)
def swap_items(pair):
    pair[0], pair[1] = pair[1], pair[0]
p = [1, 2]
swap_items(p)
print(p)
def nested_mutation(matrix):
    for row in matrix:
        row.append(0)
m = [[1], [2]]
nested_mutation(m)
print(m)
same = []
def identity(x):
    return x
print(identity(same) is same, identity([]) is same)
