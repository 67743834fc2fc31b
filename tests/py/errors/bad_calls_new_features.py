# Bad calls into the array module, derived classes, frames, sys, copy, inspect,
# traceback and imports end in CPython's exceptions (never a crash).
import array, sys, copy, inspect, traceback, abc, importlib
tests = [
 lambda: array.array('d', [1.0])[10**30],
 lambda: array.array('d', [1.0]) * (10**20),
 lambda: array.array('d', [1.0]) * -5,
 lambda: array.array('b', [1]).__setitem__(slice(None, None, 0), array.array('b')),
 lambda: array.array('b', [1])[::0],
 lambda: array.array('u', 'abc').index('z'),
 lambda: array.array('d').fromfile(None, 1),
 lambda: array.array('d').tofile(None),
 lambda: array.array(),
 lambda: array.array('dd'),
 lambda: array.array(1),
 lambda: array.array('d', 5),
 lambda: array.array('d', [1]).__getitem__('x'),
 lambda: array.array('i', [1,2,3]).__delitem__(slice(10**20, None)),
 lambda: array.array('i', [1,2]).count(),
 lambda: array.array.__len__(5),
 lambda: array.array('Q', [-1]),
 lambda: array.array('i', [1]) < [1],
 lambda: sys._getframe('x'),
 lambda: type('X', (int, list), {}),
 lambda: type('X', (array.array, list), {}),
 lambda: list.__init__(5),
 lambda: list.__init__([], 1, 2),
 lambda: dict.__init__({}, 1, 2),
 lambda: inspect.getsource(len),
 lambda: importlib.import_module(''),
 lambda: importlib.import_module('...x', 'a'),
 lambda: ValueError().with_traceback(5),
 lambda: setattr(ValueError(), '__traceback__', 5),
 lambda: abc.ABCMeta.register(abc.ABC, 5),
 lambda: type.__call__(5),
 lambda: type.__call__(int, '7'),
 lambda: object.__new__(type('D', (list,), {})),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'ok', type(r).__name__)
    except BaseException as e:
        print(i, type(e).__name__, str(e)[:80])
