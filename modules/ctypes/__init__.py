"""ctypes for pyjit: foreign function calls and C data types.

The native module `_ctypes` owns C memory (the `_CData` base of every ctypes
instance) and the call path (`CFuncPtr`, over libffi); this package builds the
type system on top: the simple types, libraries (`CDLL`, `cdll`), `sizeof`,
`alignment`, `addressof`.

Done: loading libraries and symbols (by attribute and by item), every simple
type with CPython's `.value` conversions and wrapping, foreign calls with
`argtypes` of simple types, `restype` (None, a simple type, a simple type's
subclass, a callable), `errcheck`, CPython's default argument conversions
(int, bytes, str, None, simple instances) and `ArgumentError`.
Not yet (each raises NotImplementedError naming the feature): pointers
(`POINTER`, `pointer`, `byref`), arrays, structures and unions, string
buffers, callbacks (`CFUNCTYPE` of a Python function), `cast`, `memmove`,
`memset`, `string_at`, `from_buffer` and the other buffer sharing.
"""

import sys as _sys

import _ctypes
from _ctypes import RTLD_GLOBAL, RTLD_LOCAL, addressof
from _ctypes import _CData, CFuncPtr as _CFuncPtr

__version__ = "1.1.0"

DEFAULT_MODE = RTLD_LOCAL


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = "ctypes"
_ctypes.ArgumentError = ArgumentError

# --- simple types -------------------------------------------------------------

_SIZES = {}


class _SimpleCData(_CData):
    """Base of the fundamental types: one C value of the type code `_type_`."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        code = cls.__dict__.get("_type_", None)
        if code is None:
            code = getattr(cls, "_type_", None)
            if code is None:
                raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1 or code not in _CODES:
            raise AttributeError(
                "class must define a '_type_' attribute which must be\n"
                "a single character string containing one of the following "
                "characters: '%s'." % _CODES)
        size = _ctypes._code_size(code)
        cls._size_ = size
        cls._align_ = size

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _ctypes._get(self, 0, type(self)._type_)

    @value.setter
    def value(self, v):
        _ctypes._set(self, 0, type(self)._type_, v)

    def __repr__(self):
        cls = type(self)
        if cls.__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (cls.__name__, id(self))
        code = cls._type_
        if code in "zZ":
            address = _ctypes._get(self, 0, "P")
            return "%s(%s)" % (cls.__name__, address)
        return "%s(%r)" % (cls.__name__, self.value)

    def __bool__(self):
        return bool(_ctypes._get(self, 0, "P" if type(self)._type_ in "zZ" else type(self)._type_))

    def __hash__(self):
        raise TypeError("unhashable type")

    def __bytes__(self):
        return _ctypes._raw(self)

    def __ctypes_from_outparam__(self):
        return self.value

    @classmethod
    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        return cls(value)


_CODES = "cbBhHiIlLdfuzZqQPXOv?g"


def _simple(name, code):
    cls = type(name, (_SimpleCData,), {"_type_": code, "__module__": "ctypes"})
    return cls


c_bool = _simple("c_bool", "?")
c_char = _simple("c_char", "c")
c_wchar = _simple("c_wchar", "u")
c_byte = _simple("c_byte", "b")
c_ubyte = _simple("c_ubyte", "B")
c_short = _simple("c_short", "h")
c_ushort = _simple("c_ushort", "H")
c_int = _simple("c_int", "i")
c_uint = _simple("c_uint", "I")
c_long = _simple("c_long", "l")
c_ulong = _simple("c_ulong", "L")
c_float = _simple("c_float", "f")
c_double = _simple("c_double", "d")
# pyjit has no 80-bit long double: c_longdouble holds a double (README).
c_longdouble = _simple("c_longdouble", "g")
c_char_p = _simple("c_char_p", "z")
c_wchar_p = _simple("c_wchar_p", "Z")
c_void_p = _simple("c_void_p", "P")
c_voidp = c_void_p

# LP64 aliases, as CPython defines them on 64-bit Linux.
c_longlong = c_long
c_ulonglong = c_ulong
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
c_time_t = c_long


def sizeof(obj):
    """The size in bytes of a ctypes type or instance."""
    if isinstance(obj, type):
        size = getattr(obj, "_size_", None)
        if size is None:
            raise TypeError("this type has no size")
        return size
    if isinstance(obj, _CData):
        return _ctypes._size(obj)
    raise TypeError("this type has no size")


def alignment(obj):
    """The alignment requirement of a ctypes type or instance."""
    cls = obj if isinstance(obj, type) else type(obj)
    align = getattr(cls, "_align_", None)
    if align is None or not (isinstance(obj, type) or isinstance(obj, _CData)):
        raise TypeError("no alignment info")
    return align


# --- libraries and functions ----------------------------------------------------

_FUNCFLAG_CDECL = 0x1
_FUNCFLAG_PYTHONAPI = 0x4
_FUNCFLAG_USE_ERRNO = 0x8
_FUNCFLAG_USE_LASTERROR = 0x10


class CDLL:
    """A loaded shared library; its functions are found by attribute or item."""

    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int
    _name = "<uninitialized>"
    _handle = 0
    _FuncPtr = None

    def __init__(self, name, mode=DEFAULT_MODE, handle=None,
                 use_errno=False, use_last_error=False, winmode=None):
        self._name = name
        flags = self._func_flags_
        if use_errno:
            flags |= _FUNCFLAG_USE_ERRNO

        class _FuncPtr(_CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_

            def __repr__(self):
                return "<%s object at %#x>" % (type(self).__name__, id(self))

        self._FuncPtr = _FuncPtr
        if handle is None:
            self._handle = _ctypes.dlopen(self._name, mode)
        else:
            self._handle = handle

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (
            self.__class__.__name__, self._name, self._handle & (_sys.maxsize * 2 + 1),
            id(self) & (_sys.maxsize * 2 + 1))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        func = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, int):
            func.__name__ = name_or_ordinal
        return func


class PyDLL(CDLL):
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError(name)
        try:
            dll = self._dlltype(name)
        except OSError:
            raise AttributeError(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)

    __class_getitem__ = classmethod(lambda cls, item: cls)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


# --- what is not implemented yet ---------------------------------------------------

def _not_yet(feature):
    def missing(*args, **kwargs):
        raise NotImplementedError("ctypes %s is not implemented in pyjit yet" % feature)
    missing.__name__ = feature
    return missing


class _NotYetBase(_CData):
    _feature = "this type"

    def __init_subclass__(cls, **kwargs):
        if _NotYetBase not in cls.__bases__:
            raise NotImplementedError(
                "ctypes %s is not implemented in pyjit yet" % cls._feature)


class Structure(_NotYetBase):
    _feature = "Structure"


class Union(_NotYetBase):
    _feature = "Union"


class BigEndianStructure(_NotYetBase):
    _feature = "BigEndianStructure"


class LittleEndianStructure(_NotYetBase):
    _feature = "LittleEndianStructure"


class Array(_NotYetBase):
    _feature = "Array"


POINTER = _not_yet("POINTER")
pointer = _not_yet("pointer")
byref = _not_yet("byref")
cast = _not_yet("cast")
memmove = _not_yet("memmove")
memset = _not_yet("memset")
string_at = _not_yet("string_at")
wstring_at = _not_yet("wstring_at")
create_string_buffer = _not_yet("create_string_buffer")
create_unicode_buffer = _not_yet("create_unicode_buffer")
CFUNCTYPE = _not_yet("CFUNCTYPE")
PYFUNCTYPE = _not_yet("PYFUNCTYPE")
get_errno = _not_yet("get_errno")
set_errno = _not_yet("set_errno")
resize = _ctypes.resize
