"""os: operating system interfaces (POSIX).

Built on the native `posix` module; `os.path` is `posixpath`. Provides getcwd,
chdir, listdir, mkdir/makedirs, rmdir/removedirs, remove/unlink, rename/replace,
stat (an `os.stat_result`), environ (changes reach the process environment),
getenv/putenv/unsetenv, walk, fspath/PathLike, fsencode/fsdecode, getpid, cpu_count, urandom,
strerror and the usual constants. Not provided: file descriptors (open, read,
write, pipe), processes (fork, exec*, system, spawn*, kill), scandir, chmod and
the other metadata setters, and bytes paths.
"""

import sys
import posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, getpid, cpu_count, urandom, strerror)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    n_fields = 16
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        ints = tuple(raw[:7]) + tuple(int(t) for t in raw[7:10])
        self = tuple.__new__(cls, ints)
        self._float_times = tuple(raw[7:10])
        self._ns = tuple(raw[10:13]) if len(raw) >= 13 else (None, None, None)
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._float_times[0])
    st_mtime = property(lambda self: self._float_times[1])
    st_ctime = property(lambda self: self._float_times[2])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self))
        return f'os.stat_result({fields})'


def stat(path, *, follow_symlinks=True):
    return stat_result(posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path):
    return stat(path, follow_symlinks=False)


class _Environ(dict):
    """os.environ: a dict whose changes also reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        posix.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(' + dict.__repr__(dict(self)) + ')'


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


class PathLike:
    """Abstract base class for objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    """The file system representation of a path (str, bytes or os.PathLike)."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(type(path).__name__, type(result).__name__))


def fsencode(filename):
    """The file name as bytes (UTF-8 with surrogateescape, as on Linux)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """The file name as str (UTF-8 with surrogateescape, as on Linux)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with all missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then remove the now-empty parents."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) per folder."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
