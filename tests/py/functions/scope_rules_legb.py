# LEGB name resolution: local, enclosing, global, builtin
len_calls = 0
x = "global"
def show():
    return x
def local():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(show(), local(), enclosing(), x)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
max = lambda *a: "global max"
print(max(1, 2))
del max
print(max(1, 2))
def uses_later_global():
    return later
later = "defined after the function"
print(uses_later_global())
def conditional_local(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(conditional_local(True), conditional_local(False))
def loop_var_visible():
    for i in range(3):
        pass
    return i
print(loop_var_visible())
def except_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError:
        return "err deleted after except"
print(except_var_cleared())
def param_shadow(print=None):
    return print
print(param_shadow("param named print"))
class Scope:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
print(Scope().method())
def make():
    a = 1
    def f():
        b = a + 1
        def g():
            return a + b
        return g()
    return f()
print(make())
import_name = "not a keyword"
print(import_name, type(print).__name__, __name__)
