# gen.gi_frame: the suspended generator's frame, None once it is finished.
def gen():
    x = 1
    yield x
    yield 2


g = gen()
print(g.gi_frame is not None, g.gi_frame.f_code.co_name)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
list(g)
print(g.gi_frame)
