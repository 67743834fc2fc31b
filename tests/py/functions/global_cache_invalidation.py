x = 1
def f(): return x
print(f())
x = 2
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
def g():
    return len([1, 2])
print(g())
import builtins
builtins.len = lambda s: -1
print(g())
