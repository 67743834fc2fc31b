# __exit__ receives exception details; truthy return suppresses; exceptions in __exit__
class Recorder:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None, str(v) if v else None, tb is not None))
        return t is not None and issubclass(t, ArithmeticError)
r = Recorder()
with r:
    1 / 0
print(r.log)
r = Recorder()
try:
    with r:
        [][1]
except IndexError as e:
    print("not suppressed:", e)
print(r.log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError, ValueError):
    int("nope")
    print("unreachable")
print("suppressed ValueError")
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with BadEnter():
        print("body not run")
except OSError as e:
    print("OSError:", e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Counter:
    depth = 0
    def __enter__(self):
        Counter.depth += 1
        return Counter.depth
    def __exit__(self, *a):
        Counter.depth -= 1
c = Counter()
with c as d1:
    with c as d2:
        print("depths", d1, d2, Counter.depth)
print("final depth", Counter.depth)
