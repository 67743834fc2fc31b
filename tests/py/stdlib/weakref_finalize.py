# weakref.finalize: the function runs once, with its arguments, when the object
# dies or when the finalizer is called (then returning the result), whichever
# is first; alive, peek, detach, the atexit attribute, the object and the
# arguments kept alive by the finalizer (but not the object), exceptions
# (raised by a call, sent to sys.unraisablehook at a death), argument
# errors, no instance attributes, reprs (addresses removed).
# Every finalizer is dead or has atexit false when the program ends (CPython
# runs the others at exit). CPython frees an object at once, pyjit at a
# collection: every death is observed after gc.collect().
import gc
import re
import sys
import weakref
from weakref import finalize


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


def report(*args, **kwargs):
    print("  finalizer ran:", args, kwargs)
    return "result"


# -- called explicitly
o = Obj("o")
f = finalize(o, report, 1, 2, key="v")
print("alive:", f.alive, f.atexit, callable(f), clean(repr(f)))
print("peek:", f.peek()[0] is o, f.peek()[1] is report, f.peek()[2:])
print("call:", f())
print("again:", f(), f.alive, f.peek(), f.detach(), f.atexit, clean(repr(f)))
del o
gc.collect()
print("object died later: nothing ran")

# -- the object dies
o = Obj("dies")
f = finalize(o, report, "x")
print("before death:", f.alive)
del o
gc.collect()
print("after death:", f.alive, f(), clean(repr(f)))

# the function and arguments are kept alive by a live finalizer
o = Obj("owner")
arg = Obj("argument")
arg_ref = weakref.ref(arg)
f = finalize(o, report, arg)
del arg
gc.collect()
print("argument kept:", arg_ref() is not None)
del o
gc.collect()
gc.collect()
print("argument released:", arg_ref())

# the finalizer does not keep its object alive (unless the function does)
o = Obj("unowned")
o_ref = weakref.ref(o)
finalize(o, report, "unowned")
del o
gc.collect()
print("object freed:", o_ref())

# -- detach
o = Obj("detached")
f = finalize(o, report, "never")
obj, func, args, kwargs = f.detach()
print("detach:", obj is o, func is report, args, kwargs, f.alive, f.detach(), f.peek())
del o, obj
gc.collect()
print("detached object died: nothing ran")

# keyword arguments, including the names of the positional parameters
o = Obj("kw")
f = finalize(o, dict, obj=1, func=2)
print("kwargs:", f.peek()[2:], f())
del o

# -- atexit
o = Obj("atexit")
f = finalize(o, report, "atexit")
f.atexit = 0
print("atexit:", f.atexit, f.alive)
f.atexit = "yes"
print("atexit:", f.atexit)
f()
f.atexit = True
print("dead atexit:", f.atexit)
del o

# -- exceptions
o = Obj("raises")
f = finalize(o, lambda: 1 / 0)
attempt("call raising", f)
print("dead after raising:", f.alive)


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object is failing)


sys.unraisablehook = hook


def fail(x):
    raise ValueError("finalizer of %s" % x)


o = Obj("fails")
failing = finalize(o, fail, "fails")
del o
gc.collect()
print("after failing:", failing.alive)
sys.unraisablehook = sys.__unraisablehook__

# -- errors and attributes
attempt("finalize(1, print)", finalize, 1, print)
attempt("finalize([], print)", finalize, [], print)
o = Obj("attrs")
f = finalize(o, report, "attrs")


def set_attribute():
    f.extra = 1


attempt("set an attribute", set_attribute)
print(type(f).__name__, isinstance(f, finalize), clean(repr(f)))
f.detach()

# several objects, each dying in its own collection, in order
objs = [Obj(i) for i in range(3)]
fs = [finalize(x, report, x.name) for x in objs]
for i in range(3):
    objs[i] = None
    gc.collect()
print("all dead:", [g.alive for g in fs])

# a live finalizer with atexit false is not run at exit
keep = Obj("kept")
last = finalize(keep, report, "at exit (must not run)")
last.atexit = False
print("end:", last.alive, last.atexit)
