# Generator send(): values flow into yield expressions
def echo():
    received = []
    while True:
        value = yield len(received)
        if value == "stop":
            return received
        received.append(value)
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
def running_average():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def doubler():
    x = yield
    while True:
        x = yield x * 2
d = doubler()
next(d)
print(d.send(5), d.send("ab"), d.send([1]))
def yields_send_result():
    a = yield "first"
    b = yield f"got {a}"
    c = yield f"got {b}"
    yield f"finally {c}"
y = yields_send_result()
print(next(y), y.send(1), y.send(2), y.send(3))
print(next(y, "done"))
def nxt_is_send_none():
    v = yield 1
    yield v
n = nxt_is_send_none()
print(next(n), next(n))
