# functools: reduce (with/without initial, error cases), partial (call, args,
# keywords, func, flattening of nested partials, repr, read-only attributes,
# subclasses, __reduce__/__setstate__), partialmethod, update_wrapper/wraps.
import functools
from functools import reduce, partial, partialmethod, update_wrapper, wraps
import operator


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# reduce
print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(operator.add, [1, 2, 3], 10))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(operator.mul, [], 1))
print(reduce(operator.add, ['only']))
print(reduce(operator.add, 'abc'))
print(reduce(lambda a, b: a, [], None))
print(reduce(max, iter([3, 9, 2])))
attempt(reduce, operator.add, [])
attempt(reduce, operator.add, ())
attempt(reduce, operator.add, 5)
attempt(reduce, operator.add)
attempt(reduce)
attempt(reduce, operator.add, [1], 0, 0)
attempt(reduce, operator.add, [1], initial=0)
attempt(reduce, operator.add, [1, 'a'])
seen = []
def track(a, b):
    seen.append((a, b))
    return a + b
print(reduce(track, [1, 2, 3], 100), seen)

# partial
p = partial(max, 1, 9)
print(p(5), p(10), p())
print(repr(p))
print(p.func is max, p.args, p.keywords)
def show(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, sorted(kwargs.items()))
q = partial(show, 1, 2, a='x', b=[1])
print(q(3, c=4))
print(q(a='override'))
print(q.args, q.keywords)
print(repr(partial(max, 'a', 1, b=None, c='x')))
print(repr(partial(sorted, key=len, reverse=True)))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']))
print(partial(dict, a=1)(a=2, b=3))

# nested partials are flattened
inner = partial(show, 1, x=1)
outer = partial(inner, 2, y=2)
print(outer.func is show, outer.args, sorted(outer.keywords.items()))
print(outer(3, x=9))
deep = partial(partial(partial(max, 1), 2), 3)
print(repr(deep), deep(0))

# a partial with instance attributes is not flattened
tagged = partial(max, 1)
tagged.label = 'tagged'
wrapped = partial(tagged, 2)
print(wrapped.func is tagged, wrapped.args, wrapped.func.label)

# read-only attributes
for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, type(e).__name__, e)
try:
    del p.func
except AttributeError as e:
    print(type(e).__name__, e)

# errors
attempt(partial)
attempt(partial, 1)
attempt(partial, 'not callable', 2)
attempt(partial, func=max)

# subclasses keep their name in the repr
class MyPartial(partial):
    pass
mp = MyPartial(max, 1, a=2)
print(repr(mp), isinstance(mp, partial), type(mp).__name__)
print(repr(partial(mp, 3)))
print(repr(MyPartial(partial(max, 0), 3)))
class CallingPartial(partial):
    def __call__(self, *args):
        return 'own call'
cp = partial(CallingPartial(max, 1), 2)
print(repr(cp), cp())

# recursive repr
rp = partial(show)
rp.__setstate__((show, (rp,), {}, None))
print(repr(rp).replace(repr(show), 'SHOW'))

# __reduce__ / __setstate__
print(partial(max, 1, k=2).__reduce__())
ps = partial(max)
ps.__setstate__((min, (1, 5), None, None))
print(repr(ps), ps(9), ps.keywords)
ps.__setstate__((min, (), {'default': 0}, {'note': 'n'}))
print(repr(ps), ps([]), ps.note)
for bad in (1, (1, 2, 3), (max, 2, 3, 4), (max, (2,), 3, 4), (1, (), {}, None)):
    attempt(partial(max).__setstate__, bad)

# partial objects do not bind as methods
class Holder:
    method = partial(show, 'bound?')
print(Holder().method(1))

# partialmethod
class Cell:
    def __init__(self):
        self._alive = False
    def __repr__(self):
        return 'Cell()'
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, extra=''):
        self._alive = bool(state)
        return 'set %s%s' % (state, extra)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra='!')
    def pair(self, a, b):
        return (type(self).__name__, a, b)
    pair_one = partialmethod(pair, 1)
    over_partial = partialmethod(partial(show, 'p'), 5, k=6)
    nested = partialmethod(partialmethod(set_state, 7), extra='?')

c = Cell()
print(c.alive, c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_dead(extra='#'))
print(c.pair_one(2), Cell.pair_one(c, 3))
print(c.over_partial(7) == show('p', c, 5, 7, k=6), c.over_partial())
print(c.nested())
print(Cell.set_alive(c))
print(repr(partialmethod(max, 1, 2, k=3)))
print(repr(partialmethod(max)))
print(Cell.__dict__['nested'].args, Cell.__dict__['nested'].keywords)
print(Cell.__dict__['set_alive'].__isabstractmethod__)
attempt(partialmethod, 1)

# update_wrapper / wraps
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
def original(a, b):
    "original doc"
    return a + b
original.custom = 'attr'
def wrapper(*args):
    return original(*args) * 10
res = update_wrapper(wrapper, original)
print(res is wrapper, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__)
print(wrapper.__module__, wrapper.custom, wrapper.__wrapped__ is original, wrapper(1, 2))

def decorator(func):
    @wraps(func)
    def inner(*args, **kwargs):
        return ('wrapped', func(*args, **kwargs))
    return inner

@decorator
def greet(name):
    """Say hello."""
    return 'hello ' + name
print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__('x'))
print('__wrapped__' in greet.__dict__, greet.__dict__['__wrapped__'] is greet.__wrapped__)

def only_name(x):
    "not copied"
    return x
def w2(x):
    return x
update_wrapper(w2, only_name, assigned=('__name__',), updated=())
print(w2.__name__, w2.__doc__, w2.__wrapped__ is only_name)

class NoNames:
    def __call__(self):
        return 1
obj = NoNames()
def w3():
    pass
update_wrapper(w3, obj)
print(w3.__name__, w3.__wrapped__ is obj)

# double wrapping sets __wrapped__ to the direct target
@decorator
@decorator
def twice():
    return 1
print(twice(), twice.__wrapped__.__wrapped__.__name__)
