# StopIteration semantics: return value, PEP 479 conversion to RuntimeError
def gen_return():
    yield 1
    return "the value"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("second time value:", e.value)
def leaks_stop():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_next():
    it = iter([])
    yield next(it, "default")
print(list(safe_next()))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("plain iterator StopIteration args:", e.args, e.value)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), list(Countdown(0)))
e = StopIteration(1, 2)
print(e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as ex:
    print("value None:", ex.value is None)
def stop_inside_try():
    try:
        yield 1
    finally:
        print("finally on exhaustion")
print(list(stop_inside_try()))
for x in (y for y in []):
    print("never")
else:
    print("for loop absorbs StopIteration")
