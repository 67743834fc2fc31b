# warnings: recording and showing -- catch_warnings(record=True) and its
# WarningMessage objects (message, category, filename, lineno, line, file,
# source, str()), stacklevel (including past the top of the stack), Warning
# instances as messages, formatwarning/showwarning output with source lines,
# warnings written to a replaced sys.stderr in CPython's format (the default
# once-per-location behaviour), replaced showwarning/formatwarning hooks,
# catch_warnings' repr, action= argument, nesting and enter/exit errors.
import sys
import warnings


def base(path):
    return path.replace('\\', '/').rsplit('/', 1)[-1]


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts).replace(__file__, base(__file__))


def show(log):
    for m in log:
        print(' ', type(m.message).__name__, repr(str(m.message)), m.category.__name__, m.lineno,
              base(m.filename), m.line, m.file, m.source)


def helper(level):
    warnings.warn('from helper', stacklevel=level)


def outer(level):
    helper(level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('hello')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance', 'two args'))
    warnings.warn(UserWarning('instance wins'), DeprecationWarning)
    warnings.warn(42)
    warnings.warn('with source', ResourceWarning, source='src object')
    for level in (1, 2, 3, 0, -1):
        outer(level)
    outer(99)
show(log)
print(type(log).__name__, len(log), isinstance(log[0], warnings.WarningMessage))
print(str(log[0]).replace(repr(__file__), repr(base(__file__))))
print(log[-1].filename, log[-1].lineno)
print(warnings.WarningMessage('m', UserWarning, 'f.py', 3))
print(warnings.WarningMessage('m', None, 'f.py', 3)._category_name, warnings.WarningMessage._WARNING_DETAILS)

# formatwarning and showwarning
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 12, line='  x = 1  '), end='')
print(warnings.formatwarning(ValueError('as exc'), RuntimeWarning, '<stdin>', 1), end='')
print(repr(warnings.formatwarning('m', UserWarning, __file__, 1).replace(__file__, base(__file__))))
print(repr(warnings.formatwarning('m', UserWarning, 'no/such/file.py', 1)))
sink = Sink()
warnings.showwarning('shown', UserWarning, 'f.py', 3, file=sink, line='src line')
warnings.showwarning('shown2', FutureWarning, __file__, 2, file=sink)
print(repr(sink.text()))

# output to sys.stderr: once per location by default
saved = sys.stderr
sys.stderr = sink = Sink()
try:
    for i in range(3):
        warnings.warn('printed once')   # a comment on the line
    warnings.warn('deprecated here', DeprecationWarning)
    warnings.warn('pending', PendingDeprecationWarning)
    outer(2)
    outer(2)
    warnings.warn('top', stacklevel=50)
    warnings.warn('resource', ResourceWarning)
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.warn('with source', ResourceWarning, source=object())
finally:
    sys.stderr = saved
print(sink.text(), end='')

# replaced hooks
seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno, file, line))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('custom hook')
    warnings.warn_explicit('explicit', UserWarning, 'e.py', 5)
print(seen, warnings.showwarning is warnings._showwarning_orig)


def my_format(message, category, filename, lineno, line=None):
    return '[%s] %s @%d\n' % (category.__name__, message, lineno)


saved_format = warnings.formatwarning
sys.stderr = sink = Sink()
try:
    warnings.formatwarning = my_format
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.warn('formatted')
finally:
    warnings.formatwarning = saved_format
    sys.stderr = saved
print(sink.text(), end='')
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = 'not callable'
    try:
        warnings.warn('x')
    except TypeError as e:
        print('TypeError', e)

# catch_warnings itself
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings) ))
try:
    cw.__exit__()
except RuntimeError as e:
    print('RuntimeError', e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print('RuntimeError', e)
cw.__exit__(None, None, None)
before = warnings.filters
with warnings.catch_warnings(record=True, action='ignore') as log:
    warnings.warn('ignored by action')
    inside = warnings.filters
print(log, inside[0][:2], inside is before, warnings.filters is before)
with warnings.catch_warnings(record=True, action='always', category=RuntimeWarning) as log:
    warnings.warn('rt', RuntimeWarning)
    warnings.warn('rt', RuntimeWarning)
    warnings.warn('user')
print([str(m.message) for m in log])
with warnings.catch_warnings(record=True) as outer_log:
    warnings.simplefilter('always')
    warnings.warn('outer 1')
    with warnings.catch_warnings(record=True) as inner_log:
        warnings.warn('inner')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        warnings.warn('silenced')
    warnings.warn('outer 2')
print([str(m.message) for m in outer_log], [str(m.message) for m in inner_log])
with warnings.catch_warnings() as nothing:
    print(nothing)
