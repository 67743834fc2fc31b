# yield from forwards send(), throw() and close() to the sub-generator
def inner():
    received = []
    try:
        while True:
            try:
                v = yield f"inner ready ({len(received)})"
                received.append(v)
            except ValueError as e:
                received.append(f"handled {e}")
    except GeneratorExit:
        print("inner closed with", received)
        raise
    finally:
        print("inner finally")
def outer():
    yield "outer start"
    yield from inner()
    yield "never reached"
g = outer()
print(next(g))
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("oops")))
g.close()
print("closed outer")
def sub_raises():
    yield 1
    raise KeyError("from sub")
def delegator():
    try:
        yield from sub_raises()
    except KeyError as e:
        yield f"delegator caught {e}"
print(list(delegator()))
def sub_returns_on_throw():
    try:
        yield "waiting"
    except RuntimeError:
        return "sub handled and returned"
def outer2():
    result = yield from sub_returns_on_throw()
    yield result
o = outer2()
print(next(o), o.throw(RuntimeError))
def unhandled_throw_sub():
    yield "x"
def outer3():
    try:
        yield from unhandled_throw_sub()
    except TypeError as e:
        yield f"outer3 caught {e!r}"
o3 = outer3()
next(o3)
print(o3.throw(TypeError("t")))
def deep(n):
    if n == 0:
        x = yield "bottom"
        return f"bottom got {x}"
    r = yield from deep(n - 1)
    return f"{n}<{r}>"
d = deep(3)
print(next(d))
try:
    d.send("ping")
except StopIteration as e:
    print(e.value)
def from_iterable():
    r = yield from [1, 2, 3]
    yield ("list returns", r)
print(list(from_iterable()))
