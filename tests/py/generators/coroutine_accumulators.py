# Coroutine-style generators driven with send()
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def mapper(f, target):
    while True:
        target.send(f((yield)))
sink = printer("sink:")
pipe = filter_co(lambda x: x % 2 == 0, mapper(lambda x: x * 100, sink))
for i in range(6):
    pipe.send(i)
@coroutine
def stats():
    count = 0
    total = 0.0
    lo = hi = None
    while True:
        x = yield (count, total, lo, hi)
        count += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
s = stats()
for v in [4, 8, 1, 9]:
    print(s.send(v))
@coroutine
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            state = "idle"
sm = state_machine()
print([sm.send(e) for e in ["pause", "start", "pause", "start", "stop", "start"]])
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "rust", "pyjit", "go"]:
    g.send(line)
g.close()
