# warnings: the filter machinery -- the default filters, the actions error,
# ignore, always, default, module and once (repeat suppression per location
# and per module, reset when the filters change), filterwarnings with message
# and module regular expressions (case-insensitive messages, anchoring,
# classes, alternation), category subclass matching, lineno filters, append,
# duplicate removal, simplefilter, resetwarnings, the default action, the
# registry, warn_explicit, and the AssertionError/TypeError messages.
import sys
import warnings


def base(path):
    return path.replace('\\', '/').rsplit('/', 1)[-1]


def run(action, fn):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        fn()
    print(action, [(str(m.message), m.category.__name__, m.lineno) for m in log])


def repeated():
    for i in range(3):
        warnings.warn('loop')
        warnings.warn('loop')
    warnings.warn('other', RuntimeWarning)
    warnings.warn('loop')


for action in ['default', 'once', 'module', 'always', 'ignore']:
    run(action, repeated)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for cat in (UserWarning, DeprecationWarning, RuntimeWarning):
        try:
            warnings.warn('boom', cat)
        except Warning as e:
            print('raised', type(e).__name__, e, e.args)
    try:
        warnings.warn(ResourceWarning('instance', 2))
    except ResourceWarning as e:
        print('raised instance', e.args)

print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])
with warnings.catch_warnings(record=True) as log:
    warnings.warn('dep in main', DeprecationWarning)
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('import', ImportWarning)
    warnings.warn('resource', ResourceWarning)
    warnings.warn('user')
    warnings.warn('bytes', BytesWarning)
    warnings.warn('future', FutureWarning)
print([(str(m.message), m.category.__name__) for m in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='spam')
    warnings.filterwarnings('error', message='.*fatal', category=UserWarning)
    warnings.filterwarnings('ignore', category=DeprecationWarning, module='__main__')
    warnings.filterwarnings('ignore', message=r'num\d+$')
    warnings.filterwarnings('ignore', message=r'(red|green) alert')
    warnings.filterwarnings('ignore', message=r'[xyz]{3}')
    warnings.filterwarnings('ignore', category=RuntimeWarning, module='other')
    for text in ['spam and eggs', 'SPAM upper', 'eggs and spam', 'num12', 'num12x', 'numx',
                 'red alert', 'Green Alert!', 'blue alert', 'xyz', 'xy', 'zzzq']:
        warnings.warn(text)
    try:
        warnings.warn('this is fatal')
    except UserWarning as e:
        print('fatal raised:', e)
    warnings.warn('fatal', RuntimeWarning)
    warnings.warn('d', DeprecationWarning)
    warnings.warn('pd', PendingDeprecationWarning)
    print(len(warnings.filters), [f[0] for f in warnings.filters[:8]])
    print([f[1].pattern if f[1] is not None else None for f in warnings.filters[:8]])
    print([f[3].pattern if f[3] is not None else None for f in warnings.filters[:8]])
print([(str(m.message), m.category.__name__) for m in log])

# category subclasses and lineno filters
class MyWarning(UserWarning):
    pass


class Other(Warning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn('sub', MyWarning)
    warnings.warn('other', Other)
    warnings.simplefilter('always', MyWarning)
    warnings.warn('sub again', MyWarning)
    warnings.warn('plain')
    here = sys._getframe().f_lineno
    warnings.filterwarnings('ignore', lineno=here + 2)
    warnings.warn('on the ignored line', Other)
    warnings.warn('on another line', Other)
print([(str(m.message), m.category.__name__) for m in log])

# append, duplicates, resetwarnings
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('ignore')
    warnings.simplefilter('error', append=True)
    warnings.simplefilter('ignore')
    warnings.simplefilter('error', append=True)
    warnings.filterwarnings('always', 'msg', Other, 'mod', 3)
    warnings.filterwarnings('always', 'msg', Other, 'mod', 3)
    print([(a, c.__name__, ln) for a, m, c, mod, ln in warnings.filters])
    warnings.resetwarnings()
    with warnings.catch_warnings(record=True) as log:
        warnings.warn('no filters')
        warnings.warn('no filters')
        warnings.warn('dep', DeprecationWarning)
    print([(str(m.message), m.category.__name__) for m in log], warnings.defaultaction)
print(len(warnings.filters))

# the registry is per module and reset when the filters change
def twice():
    warnings.warn('registry test')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    twice()
    twice()
    reg = sys._getframe().f_globals['__warningregistry__']
    print(sorted(str(k[0]) + ':' + k[1].__name__ for k in reg if k != 'version'))
    warnings.simplefilter('default')
    twice()
print(len(log))

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    warnings.warn_explicit('expl', UserWarning, 'somefile.py', 7)
    warnings.warn_explicit('expl', UserWarning, 'somefile.py', 7)
    reg = {}
    warnings.warn_explicit('expl2', UserWarning, 'somefile.py', 8, registry=reg)
    warnings.warn_explicit('expl2', UserWarning, 'somefile.py', 8, registry=reg)
    warnings.warn_explicit(RuntimeWarning('obj'), UserWarning, 'x', 1, module='m')
    warnings.filterwarnings('ignore', module='some')
    warnings.warn_explicit('by module', UserWarning, 'somefile.py', 9)
    warnings.warn_explicit('by module', UserWarning, 'somefile.PY', 9)
    warnings.warn_explicit('by module', UserWarning, 'other.py', 9, module='somewhere')
for m in log:
    print(str(m.message), m.category.__name__, m.filename, m.lineno)
print(sorted(k if k == 'version' else k[0] for k in reg))
try:
    warnings.warn_explicit('bad registry', UserWarning, 'f.py', 1, registry=[])
except TypeError as e:
    print('TypeError', e)

# argument checking
for bad in [lambda: warnings.warn('x', int), lambda: warnings.warn('x', 'str'),
            lambda: warnings.warn('x', UserWarning()),
            lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', category='x'),
            lambda: warnings.filterwarnings('ignore', message=3), lambda: warnings.filterwarnings('ignore', module=None),
            lambda: warnings.simplefilter('ignore', lineno=-1), lambda: warnings.filterwarnings('ignore', lineno='1')]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.__all__)
