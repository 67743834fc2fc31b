# Context-manager classes: resource lifecycle, nesting, reuse, exception handling
class Managed:
    active = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Managed.active.append(self.name)
        print("acquire", self.name, Managed.active)
        return self
    def __exit__(self, exc_type, exc, tb):
        Managed.active.remove(self.name)
        print("release", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return False
with Managed("db") as db, Managed("cache"):
    print("using", db.name)
try:
    with Managed("file"):
        raise IOError("disk full")
except OSError as e:
    print("caught", type(e).__name__, e)
print("active after:", Managed.active)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")
store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
print(store)
with Transaction(store) as s:
    s["c"] = 3
    raise ValueError("validation failed")
print(store)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def say(self, text):
        print("  " * self.level + text)
ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("one again")
class Timerless:
    def __enter__(self):
        return "entered value"
    def __exit__(self, t, v, tb):
        print("exit args are None:", t is None and v is None and tb is None)
with Timerless() as val:
    print(val)
cm = Timerless()
print(cm.__enter__())
cm.__exit__(None, None, None)
