# When generator code runs relative to the caller
trace = []
def g():
    trace.append("g body starts")
    yield "A"
    trace.append("between yields")
    yield "B"
    trace.append("after last yield")
gen = g()
trace.append("created")
trace.append(next(gen))
trace.append("caller work")
trace.append(next(gen))
trace.append(next(gen, "END"))
print(trace)
def source(name, n):
    for i in range(n):
        print(f"  {name} produces {i}")
        yield i
print("zip pulls alternately:")
print(list(zip(source("L", 3), source("R", 2))))
print("map is lazy too:")
m = map(lambda x: x * 2, source("M", 2))
print("map created")
print(list(m))
print("filter + enumerate:")
for idx, v in enumerate(filter(lambda x: x != 1, source("F", 3))):
    print("  got", idx, v)
def outer_first():
    print("  evaluating outermost iterable")
    return range(2)
ge = (x for x in outer_first())
print("genexp created")
print(list(ge))
def inner_iter(x):
    print(f"  inner iterable for {x}")
    return range(x)
ge2 = ((x, y) for x in range(3) for y in inner_iter(x))
print("nested genexp created")
print(list(ge2))
it = iter([1, 2, 3, 4])
pairs = list(zip(it, it))
print(pairs)
def short_circuit():
    for v in [1, 2, 3, 4]:
        print("  checking", v)
        yield v > 2
print(any(short_circuit()))
