# ctypes loading: CDLL, ctypes.cdll.LoadLibrary and attribute access on the loader,
# CDLL(None) for the process's own symbols, RTLD_GLOBAL, ctypes.util.find_library,
# symbols by attribute (cached) and by item (not cached), in_dll, and the OSError /
# AttributeError / ValueError raised for a missing library or symbol. Paths in
# messages are printed with the test's directory replaced by <dir>.
import ctypes
import ctypes.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIBPATH = os.path.join(HERE, '_lib', 'libpjtest.so')


def clean(msg):
    return str(msg).replace(HERE, '<dir>')


def err(f):
    try:
        r = f()
        print('no error:', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, clean(e))


# find_library: a bare soname, never a path, on Linux.
for name in ['c', 'm']:
    found = ctypes.util.find_library(name)
    print(name, found is not None, bool(re.fullmatch(r'lib%s\.so(\.\d+)+' % name, found or '')))
print('nope', ctypes.util.find_library('pyjit_no_such_library_xyz'))

libc = ctypes.CDLL(ctypes.util.find_library('c'))
print(type(libc).__name__, libc._name == ctypes.util.find_library('c'), isinstance(libc._handle, int))
print(libc.strlen(b'hello'), libc['strlen'](b'four'), libc.abs(-7))
# attribute access caches the function pointer on the library object, item access does not
print(libc.strlen is libc.strlen, libc['strlen'] is libc['strlen'], libc['strlen'] is libc.strlen)
print('strlen' in vars(libc), 'abs' in vars(libc), 'labs' in vars(libc))
f = libc.labs
print(f.__name__, libc['labs'].__name__, f.restype.__name__, f.argtypes, f.errcheck if hasattr(f, 'errcheck') else '-')
print(type(f).__name__, [c.__name__ for c in type(f).__mro__[1:]])
print(isinstance(f, ctypes._CFuncPtr), ctypes.CDLL._FuncPtr, type(f) is libc._FuncPtr, libc._FuncPtr._flags_ == ctypes._FUNCFLAG_CDECL)
print(hasattr(libc, 'strlen'), hasattr(libc, 'pyjit_no_such_symbol'))

# loading our own test library, by absolute and relative path (same handle)
lib = ctypes.CDLL(LIBPATH)
print(clean(lib._name), lib.pj_add_int(2, 40))
lib_rel = ctypes.CDLL('./_lib/libpjtest.so')
print(lib_rel._name, lib_rel._handle == lib._handle, lib_rel is lib)
lib_bytes = ctypes.CDLL(os.fsencode(LIBPATH))
print(type(lib_bytes._name).__name__, lib_bytes._handle == lib._handle)

# LibraryLoader
lib2 = ctypes.cdll.LoadLibrary(LIBPATH)
print(type(lib2).__name__, lib2._handle == lib._handle, lib2 is lib, lib2.pj_add_int(1, 1))
print(type(ctypes.cdll).__name__, ctypes.cdll._dlltype is ctypes.CDLL)
c1 = getattr(ctypes.cdll, ctypes.util.find_library('c'))
c2 = ctypes.cdll[ctypes.util.find_library('c')]
print(type(c1).__name__, c1 is c2, c1._handle == libc._handle)
loader = ctypes.LibraryLoader(ctypes.CDLL)
print(type(loader.LoadLibrary(LIBPATH)).__name__)
print(type(ctypes.pydll).__name__, ctypes.pydll._dlltype is ctypes.PyDLL, type(ctypes.pythonapi).__name__)

# in_dll: global variables of the library, sharing its memory
counter = ctypes.c_int.in_dll(lib, 'pj_global_counter')
print(counter, counter.value)
print(lib.pj_bump_counter(8), counter.value)
counter.value = 100
print(lib.pj_bump_counter(1), ctypes.c_int.in_dll(lib, 'pj_global_counter').value)
print(ctypes.c_double.in_dll(lib, 'pj_global_ratio').value)
name = (ctypes.c_char * 16).in_dll(lib, 'pj_global_name')
print(name.value, name.raw[:9])

# CDLL(None): the symbols of the process itself (the executable and libc)
me = ctypes.CDLL(None)
print(me._name, me.strlen(b'abc'), me.abs(-3))
try:
    me.pyjit_no_such_symbol
except AttributeError as e:
    print('AttributeError', str(e).endswith(': undefined symbol: pyjit_no_such_symbol'))
# a library loaded RTLD_LOCAL (the default) is not visible through CDLL(None) ...
print(ctypes.DEFAULT_MODE == ctypes.RTLD_LOCAL, ctypes.RTLD_LOCAL, ctypes.RTLD_GLOBAL)
print(hasattr(me, 'pj_add_int'))
# ... until it is loaded again with RTLD_GLOBAL
glob = ctypes.CDLL(LIBPATH, mode=ctypes.RTLD_GLOBAL)
print(hasattr(me, 'pj_add_int'), ctypes.CDLL(None).pj_add_int(20, 22))

# errors: missing library, missing symbol, bad names
err(lambda: ctypes.CDLL('libpyjit_no_such_library.so'))
err(lambda: ctypes.CDLL('./no_such_dir/libx.so'))
err(lambda: ctypes.CDLL(os.path.join(HERE, 'missing.so')))
err(lambda: ctypes.cdll.LoadLibrary('libpyjit_no_such_library.so.1'))
err(lambda: ctypes.cdll.pyjit_no_such_library)
err(lambda: ctypes.cdll._private_name)
err(lambda: ctypes.cdll.__dunder__)
try:
    ctypes.CDLL('libpyjit_no_such_library.so')
except OSError as e:
    print(e.args == (str(e),), e.errno, e.strerror, e.filename)
err(lambda: ctypes.CDLL(5))
err(lambda: ctypes.CDLL(LIBPATH, mode='x'))
err(lambda: lib.pyjit_no_such_symbol)
err(lambda: lib['pyjit_no_such_symbol'])
err(lambda: lib._underscored)
err(lambda: lib.__dunder__)
err(lambda: ctypes.c_int.in_dll(lib, 'pyjit_no_such_variable'))
err(lambda: ctypes.c_int.in_dll(5, 'x'))
for get in [lambda: libc.pyjit_no_such_symbol, lambda: libc['_pyjit_missing']]:
    try:
        get()
    except AttributeError as e:  # the message starts with libc's full path
        print(type(e).__name__, str(e).split(': ', 1)[1], e.args == (str(e),))
