# AttributeError, NameError and UnboundLocalError messages
def show(fn):
    try:
        fn()
    except (AttributeError, NameError) as e:
        print(f"{type(e).__name__}: {e}")
show(lambda: (1).foo)
show(lambda: "s".bar)
show(lambda: [].nope)
show(lambda: None.x)
show(lambda: {}.attr)
show(lambda: (1.5).y)
show(lambda: len.z)
class C:
    pass
show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: undefined_name)
show(lambda: undefined_name + 1)
def uses_before_assign():
    print(counter)
    counter = 1
show(uses_before_assign)
def augmented():
    total += 1
show(augmented)
def del_then_use():
    z = 1
    del z
    return z
show(del_then_use)
def nested_free():
    def inner():
        return later
    result = inner
    return result()
later_var = 1
show(nested_free)
def closure_unbound():
    def inner():
        return cell
    r = inner()
    cell = 5
    return r
show(closure_unbound)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C().nothing
except AttributeError as e:
    print("AttributeError:", e)
e = AttributeError("custom msg")
print(str(e), repr(e), isinstance(UnboundLocalError(), NameError))
try:
    raise NameError("manual")
except NameError as e:
    print("NameError:", e, e.args)
