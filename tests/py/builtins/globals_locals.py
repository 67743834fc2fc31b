# globals() and locals()
module_value = 10
g = globals()
print(g["module_value"], g["__name__"], "print" in g, "g" in g)
print(sorted(k for k in g if not k.startswith("__")))
g["injected_global"] = "via globals()"
print(injected_global)
def show_locals(a, b=2):
    c = a + b
    return locals()
print(show_locals(1))
def locals_copy():
    x = 1
    snap = dict(locals())
    y = 2
    return sorted(snap), sorted(locals()), locals()["y"]
print(locals_copy())
def globals_inside():
    return globals() is g, globals()["module_value"]
print(globals_inside())
def modify_global_via_dict():
    globals()["module_value"] = 99
modify_global_via_dict()
print(module_value)
print(locals() is globals())
class K:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def closure_locals():
    outer_v = "outer"
    def inner():
        return sorted(locals()), outer_v
    return inner()
print(closure_locals())
def no_locals():
    return locals()
print(no_locals())
print(type(globals()).__name__, type(locals()).__name__)
