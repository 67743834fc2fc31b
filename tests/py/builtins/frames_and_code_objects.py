import sys
def f(a, b=2, *args, c, **kw):
    x = 1
    return f.__code__
c = f(1, c=3)
print(c.co_name, c.co_filename.rsplit('/',1)[-1], c.co_firstlineno, c.co_varnames, c.co_argcount, c.co_kwonlyargcount)
def outer():
    y = 10
    def inner(z):
        fr = sys._getframe()
        back = sys._getframe(1)
        print(fr.f_code.co_name, back.f_lineno, sorted(fr.f_locals), back.f_code.co_name, back.f_locals['y'], fr.f_back.f_code.co_name)
        print(fr.f_globals is globals(), back.f_back.f_code.co_name, back.f_back.f_back)
        return y + z
    return inner(5)
print(outer())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def g(n):
    local_n = n * 2
    raise KeyError(n)
try:
    g(3)
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_next)
    print(tb.tb_frame.f_globals is globals())
print(sys._getframe().f_code.co_name, sys._getframe().f_locals is globals())
