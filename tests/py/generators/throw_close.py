# Generator throw() and close(), GeneratorExit, and finally blocks
def worker():
    try:
        while True:
            try:
                x = yield
                print("working on", x)
            except ValueError as e:
                print("recovered from", repr(e))
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(u, "exhausted after throw"))
fresh = unhandled()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted generator:", e)
def returns_on_throw():
    try:
        yield 1
    except TypeError:
        return "returned"
r = returns_on_throw()
next(r)
try:
    r.throw(TypeError)
except StopIteration as e:
    print("StopIteration value", e.value)
never_started = unhandled()
never_started.close()
print(list(never_started))
