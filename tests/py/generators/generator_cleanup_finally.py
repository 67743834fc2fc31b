# finally blocks and with-statements inside generators run on exhaustion, close and break
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False
def lines(name):
    with Resource(name):
        for i in range(3):
            yield f"{name}:{i}"
for line in lines("full"):
    print(line)
partial = lines("partial")
for line in partial:
    print(line)
    if line.endswith("1"):
        break
print("after break, generator still suspended")
partial.close()
print("after closing it")
g = lines("closed")
print(next(g))
g.close()
print("after explicit close")
def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("tracked finally")
t = tracked()
print(next(t))
t.close()
print("after close")
t.close()
print("second close is a no-op")
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested_finally()
next(n)
n.close()
def finally_yields_value():
    try:
        yield "body"
    finally:
        print("cleanup step")
print(list(finally_yields_value()))
def counter():
    count = 0
    try:
        while True:
            yield count
            count += 1
    finally:
        print("counter stopped at", count)
c = counter()
for v in c:
    if v == 3:
        c.close()
print("loop ended after close")
