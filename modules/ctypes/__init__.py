"""ctypes for pyjit: foreign function calls and C data types.

The native module `_ctypes` owns C memory (the `_CData` base of every ctypes
instance) and the call path (`CFuncPtr`, over libffi); this package builds the
type system on top: the simple types, libraries (`CDLL`, `cdll`), `sizeof`,
`alignment`, `addressof`.

Done: loading libraries and symbols (by attribute and by item), every simple
type with CPython's `.value` conversions and wrapping, foreign calls with
`argtypes` (simple types, pointers, arrays, structures and unions by value,
classes with `from_param`), `restype` (None, a simple type or its subclass, a
pointer type, a structure, a callable), `errcheck`, `use_errno` with
`get_errno`/`set_errno`, CPython's default argument conversions and
`ArgumentError`; callbacks (`CFUNCTYPE` of a Python callable, a libffi
closure; exceptions go to `sys.unraisablehook`); arrays, pointers, `byref`,
structures and unions (layout with CPython 3.11's bit-field rules, `_pack_`,
`_anonymous_`, big-endian ones), `cast`, `memmove`/`memset`,
`string_at`/`wstring_at`, string buffers, `from_address`, `in_dll`,
`from_buffer`/`from_buffer_copy`, and the buffer protocol with CPython's
PEP 3118 formats.
Not supported: packed structures (`_pack_`) passed by value (a
NotImplementedError says so); `c_longdouble` is an alias of `c_double`;
`pythonapi` and `PYFUNCTYPE` have no Python C API behind them (pyjit is not
CPython).
"""

import os as _os
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

# --- metaclasses ------------------------------------------------------------------


class _CDataType(type):
    """What every ctypes type has: `T * n` is the array type of n T's."""

    def __mul__(cls, length):
        return _array_type(cls, length)

    def __rmul__(cls, length):
        if not isinstance(length, int):
            return NotImplemented
        return _array_type(cls, length)

    def from_address(cls, address):
        if not isinstance(address, int):
            raise TypeError("integer expected")
        return _ctypes._view(cls, address, None)

    def from_buffer(cls, source, offset=0):
        """An instance sharing the memory of the writable buffer `source`."""
        result = _ctypes._from_buffer(cls, source, _as_index(offset))
        _ctypes._keep(result, source)
        return result

    def from_buffer_copy(cls, source, offset=0):
        """An instance holding a copy of `source`'s bytes from `offset`."""
        offset = _as_index(offset)
        try:
            view = memoryview(source)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(source).__name__) from None
        data = bytes(view)
        size = cls._size_
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if len(data) < offset + size:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), offset + size))
        obj = cls()
        _ctypes._write(obj, 0, data[offset:offset + size])
        return obj

    def in_dll(cls, library, name):
        handle = library._handle
        try:
            address = _ctypes.dlsym(handle, name)
        except AttributeError as e:
            raise ValueError(str(e)) from None
        return _ctypes._view(cls, address, library)


class PyCSimpleType(_CDataType):
    pass


class PyCArrayType(_CDataType):
    pass


class PyCStructType(_CDataType):
    """Metaclass of Structure classes: `_fields_` sets the layout, once."""

    def __setattr__(cls, name, value):
        if name == "_fields_":
            if "_fields_" in cls.__dict__ and cls.__dict__.get("_layout_done_"):
                type.__setattr__(cls, name, value)
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            _layout(cls, value)
            return
        type.__setattr__(cls, name, value)


class UnionType(PyCStructType):
    pass


class PyCPointerType(_CDataType):
    pass


# In CPython these metaclasses are C types of `_ctypes`: messages name them
# "_ctypes.PyCSimpleType". (A pyjit class whose name has a module prefix is
# reported with it, as its C types are; __name__ is still the last part.)
for _meta in (PyCSimpleType, PyCArrayType, PyCStructType, UnionType, PyCPointerType):
    _meta.__module__ = "_ctypes"
    _meta.__name__ = "_ctypes." + _meta.__name__
del _meta


# --- simple types -------------------------------------------------------------


class _SimpleCData(_CData, metaclass=PyCSimpleType):
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
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be "
                             "a string of length 1")
        if code not in _CODES:
            raise AttributeError(
                "class must define a '_type_' attribute which must be\n"
                "a single character string containing one of '%s'." % _CODES)
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

    @value.deleter
    def value(self):
        raise TypeError("can't delete attribute")

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
        """The value as an argument of this type (TypeError "wrong type")."""
        if "_size_" not in cls.__dict__ and getattr(cls, "_type_", None) is None:
            raise TypeError("abstract class")
        if type(value) is cls:
            return value
        accepts = _ACCEPTS.get(cls._type_, _is_int)
        if not accepts(value):
            raise TypeError("wrong type")
        return cls(value)


def _is_int(v):
    return isinstance(v, int)


# What each simple type's from_param takes (besides an instance of itself).
_ACCEPTS = {
    "?": lambda v: True,
    "f": lambda v: isinstance(v, (int, float)),
    "d": lambda v: isinstance(v, (int, float)),
    "g": lambda v: isinstance(v, (int, float)),
    "c": lambda v: isinstance(v, int) or (isinstance(v, bytes) and len(v) == 1),
    "u": lambda v: isinstance(v, str) and len(v) == 1,
    "z": lambda v: v is None or isinstance(v, bytes),
    "Z": lambda v: v is None or isinstance(v, str),
    "P": lambda v: v is None or isinstance(v, (int, bytes, str, _CData)),
}


_CODES = "cbBhHiIlLdfuzZqQPXOv?g"


def _simple(name, code):
    cls = type(name, (_SimpleCData,), {"_type_": code, "__module__": "ctypes"})
    if code in "cbB":
        # One byte has no byte order: the type is its own other-endian form.
        cls.__ctype_be__ = cls.__ctype_le__ = cls
    elif code in "hHiIlLqQfd":
        swapped = _swapped_type(cls)
        cls.__ctype_be__ = swapped
        cls.__ctype_le__ = cls
        swapped.__ctype_be__ = swapped
        swapped.__ctype_le__ = cls
    return cls


# Byte-swapped simple types (`c_int.__ctype_be__`, named like `c_int_be`): the
# same code and size, the value stored in big-endian byte order. They are
# marked `_swapped_` so field, array and pointer access go through .value or
# `_swap_get`/`_swap_set` instead of the native-order `_ctypes._get`/`_set`.
_UNSIGNED_OF_SIZE = {1: "B", 2: "H", 4: "I", 8: "L"}


def _byteswap(raw, size):
    return int.from_bytes(raw.to_bytes(size, "little"), "big")


def _swap_get(owner, offset, code):
    """The `code` value stored byte-swapped at `offset` in `owner`."""
    size = _ctypes._code_size(code)
    ucode = _UNSIGNED_OF_SIZE[size]
    tmp = c_ulong()
    _ctypes._set(tmp, 0, ucode, _byteswap(_ctypes._get(owner, offset, ucode), size))
    return _ctypes._get(tmp, 0, code)


def _swap_set(owner, offset, code, value):
    """Store `value` byte-swapped as a `code` (converted as the native type is)."""
    size = _ctypes._code_size(code)
    ucode = _UNSIGNED_OF_SIZE[size]
    tmp = c_ulong()
    _ctypes._set(tmp, 0, code, value)
    _ctypes._set(owner, offset, ucode, _byteswap(_ctypes._get(tmp, 0, ucode), size))


def _swapped_type(native):
    code = native._type_
    return type(native.__name__ + "_be", (_SimpleCData,), {
        "_type_": code, "__module__": "ctypes", "__qualname__": native.__name__,
        "_swapped_": True,
        "value": property(lambda self: _swap_get(self, 0, code),
                          lambda self, v: _swap_set(self, 0, code, v),
                          _SimpleCData.value.fdel),
        # CPython: true when any byte is set (so -0.0 too)
        "__bool__": lambda self: any(_ctypes._raw(self)),
    })


def _is_swapped(cls):
    return "_swapped_" in cls.__dict__


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


def sizeof(*args):
    """The size in bytes of a ctypes type or instance."""
    if len(args) != 1:
        raise TypeError("_ctypes.sizeof() takes exactly one argument (%d given)" % len(args))
    obj = args[0]
    if isinstance(obj, type):
        size = getattr(obj, "_size_", None)
        if size is None:
            raise TypeError("this type has no size")
        return size
    if isinstance(obj, _CFuncPtr):
        return 8
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


# --- arrays ----------------------------------------------------------------------

_array_types = {}


def _array_type(elem, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % type(length).__name__)
    if length > _sys.maxsize:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (elem, length)
    cls = _array_types.get(key)
    if cls is None:
        cls = PyCArrayType("%s_Array_%d" % (elem.__name__, length), (Array,),
                           {"_type_": elem, "_length_": length, "__module__": "ctypes"})
        _array_types[key] = cls
    return cls


def _simple_code(cls):
    """The type code of a fundamental type (not of its subclasses), or None."""
    if isinstance(cls, PyCSimpleType) and cls.__bases__[0] is _SimpleCData:
        return cls._type_
    return None


def _store(owner, offset, cls, value):
    """Store `value` as a `cls` at `offset` in `owner`'s memory."""
    code = _simple_code(cls)
    if code is not None:
        if isinstance(value, _SimpleCData):
            # An instance of the field's type gives its value; another simple
            # type is refused, as in CPython.
            if not isinstance(value, cls):
                raise TypeError("incompatible types, %s instance instead of %s instance"
                                % (type(value).__name__, cls.__name__))
            value = value.value
        if _is_swapped(cls):
            _swap_set(owner, offset, code, value)
            return
        _ctypes._set(owner, offset, code, value)
        return
    if issubclass(cls, _CFuncPtr):
        # A function pointer member holds the address; the function object
        # (a callback's closure) is kept alive by the owner.
        if value is None:
            address = 0
        elif isinstance(value, cls):
            address = value._address()
            _ctypes._keep(owner, value)
        else:
            raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))
        _ctypes._set(owner, offset, "P", address)
        return
    if isinstance(cls, PyCPointerType):
        if value is None:
            _ctypes._set(owner, offset, "P", 0)
            return
        if isinstance(value, Array) and not isinstance(value, cls):
            # An array of the pointed-to type decays to a pointer to it.
            if type(value)._type_ is not cls._type_:
                raise TypeError("incompatible types, %s instance instead of %s instance"
                                % (type(value).__name__, cls.__name__))
            _ctypes._set(owner, offset, "P", _ctypes.addressof(value))
            _ctypes._keep(owner, value)
            return
    if isinstance(value, cls):
        _ctypes._write(owner, offset, value)
        if _ctypes._objects(value) is not None:
            _ctypes._keep(owner, value)
        return
    if isinstance(cls, PyCArrayType) and _simple_code(cls._type_) in ("c", "u"):
        if _simple_code(cls._type_) == "c":
            if isinstance(value, bytes):
                if len(value) > cls._length_:
                    raise ValueError("bytes too long (%d, maximum length %d)"
                                     % (len(value), cls._length_))
                _ctypes._write(owner, offset, value + bytes(cls._length_ - len(value)))
                return
            if isinstance(value, str):
                raise TypeError("expected bytes, str found")
        elif isinstance(value, str):
            if len(value) > cls._length_:
                raise ValueError("string too long (%d, maximum length %d)"
                                 % (len(value), cls._length_))
            view = _ctypes._view(cls, _ctypes.addressof(owner) + offset, owner)
            view.value = value
            return
    if isinstance(value, tuple) and (issubclass(cls, Array) or _is_record(cls)):
        try:
            made = cls(*value)
        except Exception as e:
            raise RuntimeError("(%s) %s: %s" % (cls.__name__, type(e).__name__, e)) from None
        _ctypes._write(owner, offset, made)
        return
    if isinstance(value, _CData):
        raise TypeError("incompatible types, %s instance instead of %s instance"
                        % (type(value).__name__, cls.__name__))
    raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))


def _is_record(cls):
    return isinstance(cls, PyCStructType)


def _load(owner, offset, cls):
    """The value of the `cls` at `offset` in `owner`'s memory."""
    code = _simple_code(cls)
    if code is not None:
        if _is_swapped(cls):
            return _swap_get(owner, offset, code)
        return _ctypes._get(owner, offset, code)
    if issubclass(cls, _CFuncPtr):
        return cls(_ctypes._get(owner, offset, "P") or 0)
    view = _ctypes._view(cls, _ctypes.addressof(owner) + offset, owner)
    if isinstance(cls, PyCArrayType) and _simple_code(cls._type_) in ("c", "u"):
        return view.value
    return view


class Array(_CData, metaclass=PyCArrayType):
    """Base of the array types (`c_int * 3`)."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        try:
            length = cls._length_
        except AttributeError:
            raise AttributeError("class must define a '_length_' attribute") from None
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        try:
            elem = cls._type_
        except AttributeError:
            raise AttributeError("class must define a '_type_' attribute") from None
        if not isinstance(elem, type) or getattr(elem, "_size_", None) is None:
            raise TypeError("_type_ must have storage info")
        cls._size_ = elem._size_ * length
        cls._align_ = elem._align_
        code = _simple_code(elem)
        # Read by the native __getitem__/__setitem__ fast path (native byte
        # order only: swapped elements take the slow path).
        cls._elem_code_ = None if _is_swapped(elem) else code
        cls._elem_size_ = elem._size_
        if code == "c":
            cls.value = property(_char_value, _set_char_value)
            cls.raw = property(_char_raw, _set_char_raw)
        elif code == "u":
            cls.value = property(_wchar_value, _set_wchar_value)

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _index(self, index):
        n = self._length_
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("invalid index")
        return index

    # Native methods: an int index into an array of a simple type is served
    # there, anything else by _getitem_slow/_setitem_slow.
    __getitem__ = _ctypes._array_getitem
    __setitem__ = _ctypes._array_setitem

    def _getitem_slow(self, index):
        elem = type(self)._type_
        size = elem._size_
        if isinstance(index, slice):
            items = [_load(self, i * size, elem) for i in range(*index.indices(self._length_))]
            code = _simple_code(elem)
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        return _load(self, self._index(index.__index__()) * size, elem)

    def _setitem_slow(self, index, value):
        elem = type(self)._type_
        size = elem._size_
        if isinstance(index, slice):
            positions = range(*index.indices(self._length_))
            try:
                count = len(value)
            except TypeError:
                raise ValueError("Can only assign sequence of same size") from None
            if count != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(positions, value):
                _store(self, i * size, elem, v)
            return
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        _store(self, self._index(index.__index__()) * size, elem, value)

    def __delitem__(self, index):
        raise TypeError("Array does not support item deletion")

    @classmethod
    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls):
            return value
        raise TypeError("expected %s instance instead of %s"
                        % (cls.__name__, type(value).__name__))

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        raise TypeError("unhashable type")

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))


def _char_raw(self):
    return _ctypes._raw(self)


def _set_char_raw(self, value):
    if isinstance(value, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(memoryview(value))
    if len(data) > self._length_:
        raise ValueError("byte string too long")
    _ctypes._write(self, 0, data)


def _char_value(self):
    raw = _ctypes._raw(self)
    end = raw.find(b"\0")
    return raw if end < 0 else raw[:end]


def _set_char_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("byte string too long")
    if len(value) < self._length_:
        value = value + b"\0"
    _ctypes._write(self, 0, value)


def _wchar_value(self):
    text = self[:]
    end = text.find("\0")
    return text if end < 0 else text[:end]


def _set_wchar_value(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance"
                        % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("string too long")
    for i, c in enumerate(value):
        self[i] = c
    if len(value) < self._length_:
        self[len(value)] = "\0"


def ARRAY(typ, length):
    return typ * length


def create_string_buffer(init, size=None):
    """A c_char array holding `init` (bytes, NUL-terminated) or of `size` bytes."""
    return _text_buffer(c_char, bytes, init, size)


def create_unicode_buffer(init, size=None):
    """A c_wchar array holding `init` (str, NUL-terminated) or of `size` chars."""
    return _text_buffer(c_wchar, str, init, size)


def _text_buffer(elem, text_type, init, size):
    if isinstance(init, text_type):
        if size is None:
            size = len(init) + 1
        buf = (elem * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (elem * init)()
    raise TypeError(init)


# --- pointers -------------------------------------------------------------------


class _Pointer(_CData, metaclass=PyCPointerType):
    """Base of the pointer types (`POINTER(c_int)`)."""

    _size_ = 8
    _align_ = 8

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        target = cls.__dict__.get("_type_", None)
        if target is not None and getattr(target, "_size_", None) is None:
            raise TypeError("_type_ must have storage info")
        # For the native item access (pointer to a simple type).
        code = _simple_code(target) if target is not None else None
        cls._elem_code_ = None if code is None or _is_swapped(target) else code
        cls._elem_size_ = getattr(target, "_size_", 0)

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError("expected at most 1 argument")
        if args:
            self.contents = args[0]

    def _address(self):
        return _ctypes._get(self, 0, "P") or 0

    @property
    def contents(self):
        address = self._address()
        if not address:
            raise ValueError("NULL pointer access")
        return _ctypes._view(type(self)._type_, address, self)

    @contents.setter
    def contents(self, value):
        if not isinstance(value, _CData):
            raise TypeError("expected %s instead of %s"
                            % (type(self)._type_.__name__, type(value).__name__))
        _ctypes._set(self, 0, "P", _ctypes.addressof(value))
        _ctypes._keep(self, value)

    @contents.deleter
    def contents(self):
        raise TypeError("Pointer does not support item deletion")

    def __bool__(self):
        return self._address() != 0

    def _item_view(self, index):
        if not hasattr(type(index), "__index__"):
            raise TypeError("Pointer indices must be integer")
        index = index.__index__()
        address = self._address()
        if not address:
            raise ValueError("NULL pointer access")
        target = type(self)._type_
        return _ctypes._view(target, address + index * target._size_, self)

    # Native methods: an int index through a pointer to a simple type is
    # served there, anything else by _getitem_slow/_setitem_slow.
    __getitem__ = _ctypes._pointer_getitem
    __setitem__ = _ctypes._pointer_setitem

    def _getitem_slow(self, index):
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            start = 0 if index.start is None else index.start
            step = 1 if index.step is None else index.step
            items = [self[i] for i in range(start, index.stop, step)]
            code = _simple_code(type(self)._type_)
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        view = self._item_view(index)
        code = _simple_code(type(self)._type_)
        return view.value if code is not None else view

    def _setitem_slow(self, index, value):
        view = self._item_view(index)
        code = _simple_code(type(self)._type_)
        if code is not None:
            view.value = value
        else:
            _store(view, 0, type(self)._type_, value)

    def __delitem__(self, index):
        raise TypeError("Pointer does not support item deletion")

    def __hash__(self):
        raise TypeError("unhashable type")

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    @classmethod
    def from_param(cls, value):
        if value is None or isinstance(value, cls):
            return value
        if isinstance(value, CArgObject):
            if isinstance(value._obj, cls._type_):
                return value
            raise TypeError("expected %s instance instead of pointer to %s"
                            % (cls.__name__, type(value._obj).__name__))
        if isinstance(value, _CData) and isinstance(value, getattr(cls, "_type_", ())):
            return byref(value)
        if isinstance(value, Array) and issubclass(value._type_, cls._type_):
            return value
        raise TypeError("expected %s instance instead of %s"
                        % (cls.__name__, type(value).__name__))


_pointer_type_cache = {}


def POINTER(cls):
    """The pointer type to `cls` (cached; a str names an incomplete type)."""
    if cls is None:
        return c_void_p
    found = _pointer_type_cache.get(cls)
    if found is not None:
        return found
    if isinstance(cls, str):
        made = PyCPointerType(cls, (_Pointer,), {"__module__": "ctypes"})
        _pointer_type_cache[id(made)] = made
        return made
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    if getattr(cls, "_size_", None) is None:
        raise TypeError("_type_ must have storage info")
    made = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,),
                          {"_type_": cls, "__module__": "ctypes"})
    _pointer_type_cache[cls] = made
    return made


def pointer(obj):
    """A new pointer to the ctypes instance `obj`."""
    return POINTER(type(obj))(obj)


class CArgObject:
    """What byref() returns: the address of a ctypes instance (plus an offset)."""

    __slots__ = ("_obj", "_offset")

    def __init__(self, obj, offset):
        self._obj = obj
        self._offset = offset

    @property
    def _as_parameter_(self):
        return c_void_p(_ctypes.addressof(self._obj) + self._offset)

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % (_ctypes.addressof(self._obj) + self._offset)


def _tp_name(cls):
    """A class's name as CPython's messages give it: C types with their
    module ("_ctypes.PyCSimpleType")."""
    if cls.__module__ == "_ctypes" and isinstance(cls, type) and issubclass(cls, type):
        return "_ctypes." + cls.__name__
    return cls.__name__


def byref(obj, offset=0):
    """A light pointer to `obj` for passing to a C function."""
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'"
                        % _tp_name(type(obj)))
    return CArgObject(obj, _as_index(offset))


def _as_index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# --- raw memory --------------------------------------------------------------------


def _pointer_value(obj, keep):
    """The address a c_void_p parameter would get from `obj`; bytes and str
    values are copied into a buffer appended to `keep`."""
    if obj is None:
        return 0
    if isinstance(obj, int):
        return obj
    if isinstance(obj, CArgObject):
        return _ctypes.addressof(obj._obj) + obj._offset
    if isinstance(obj, _CFuncPtr):
        return obj._address()
    if isinstance(obj, _Pointer) or (isinstance(obj, _SimpleCData) and obj._type_ in "zZP"):
        return _ctypes._get(obj, 0, "P") or 0
    if isinstance(obj, _CData):
        return _ctypes.addressof(obj)
    if isinstance(obj, bytes):
        buf = create_string_buffer(obj)
        keep.append(buf)
        return _ctypes.addressof(buf)
    if isinstance(obj, str):
        buf = create_unicode_buffer(obj)
        keep.append(buf)
        return _ctypes.addressof(buf)
    raise ArgumentError("argument 1: TypeError: wrong type")


def string_at(ptr, size=-1):
    """The bytes at address `ptr` (up to the NUL when size is -1)."""
    keep = []
    address = _pointer_value(ptr, keep)
    if not isinstance(size, int):
        raise ArgumentError("argument 2: TypeError: wrong type")
    return _ctypes._string_at(address, size)


def wstring_at(ptr, size=-1):
    """The wide string at address `ptr` (up to the NUL when size is -1)."""
    keep = []
    address = _pointer_value(ptr, keep)
    if not isinstance(size, int):
        raise ArgumentError("argument 2: TypeError: wrong type")
    return _ctypes._wstring_at(address, size)


def cast(obj, typ):
    """The address held in (or of) `obj`, as an instance of pointer type `typ`."""
    if not (isinstance(typ, PyCPointerType)
            or (isinstance(typ, PyCSimpleType) and typ._type_ in "zZP")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s"
                        % getattr(typ, "__name__", type(typ).__name__))
    keep = []
    address = _pointer_value(obj, keep)
    result = typ()
    _ctypes._set(result, 0, "P", address)
    if isinstance(obj, _CData):
        _ctypes._keep(result, obj)
    return result


# --- structures and unions -------------------------------------------------------


class CField:
    """A field of a Structure or Union: its type, offset and size. A bit field
    also has `_bits` (its width) and `_low` (its lowest bit within the
    `type`-sized unit at `offset`); its `size` is CPython's `_bits << 16 | _low`."""

    __slots__ = ("name", "type", "offset", "size", "_anonymous", "_bits", "_low", "_new_unit")

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self._bits:
            return _bits_get(obj, self)
        return _load(obj, self.offset, self.type)

    def __set__(self, obj, value):
        if self._bits:
            _bits_set(obj, self, value)
        else:
            _store(obj, self.offset, self.type, value)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")

    def __repr__(self):
        if self._bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (
                self.type.__name__, self.offset, self._low, self._bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (self.type.__name__, self.offset, self.size)


CField.__module__ = "_ctypes"


def _make_field(name, ctype, offset, bits=0, low=0, new_unit=False):
    f = CField()
    f.name = name
    f.type = ctype
    f.offset = offset
    f.size = (bits << 16) | low if bits else ctype._size_
    f._bits = bits
    f._low = low
    f._new_unit = new_unit
    f._anonymous = False
    return f


# Bit fields are read and written as CPython 3.11's C code does it: the whole
# field type at `offset` (byte-swapped in big-endian records), shifted in C
# integer arithmetic. Its layout can put a bit field past the end of its own
# type (a small type continuing a wider unit); on x86-64 the shift count is
# then taken modulo the promoted width (32, or 64 for 8-byte types), which is
# what `_shift_mask` reproduces so such fields read and write as in CPython.
_BIT_CODES = "?bBhHiIlLqQ"


def _shift_mask(size):
    return 63 if size == 8 else 31


def _bits_get(obj, f):
    ctype = f.type
    code = _simple_code(ctype)
    if code is None:
        # a subclass of a simple type: an instance over the unit, as in CPython
        return _load(obj, f.offset, ctype)
    if code == "?":
        # CPython's c_bool reads its whole byte, whatever the bit position
        return _ctypes._get(obj, f.offset, "?")
    size = ctype._size_
    width = size * 8
    raw = _ctypes._get(obj, f.offset, _UNSIGNED_OF_SIZE[size])
    if _is_swapped(ctype):
        raw = _byteswap(raw, size)
    v = (raw << ((width - f._low - f._bits) & _shift_mask(size))) & ((1 << width) - 1)
    if code in "bhilq" and v >> (width - 1):
        v -= 1 << width
    return v >> (width - f._bits)


def _bits_set(obj, f, value):
    ctype = f.type
    if isinstance(value, _CData):
        if not isinstance(value, ctype):
            raise TypeError("incompatible types, %s instance instead of %s instance"
                            % (type(value).__name__, ctype.__name__))
        value = value.value
    code = ctype._type_
    if code == "?":
        # CPython's c_bool writes its whole byte, whatever the bit position
        _ctypes._set(obj, f.offset, "?", value)
        return
    tmp = c_ulong()
    _ctypes._set(tmp, 0, "L", value)  # the int conversion (and errors) of the int types
    v = _ctypes._get(tmp, 0, "L")
    size = ctype._size_
    ucode = _UNSIGNED_OF_SIZE[size]
    swapped = _is_swapped(ctype)
    unit = _ctypes._get(obj, f.offset, ucode)
    if swapped:
        unit = _byteswap(unit, size)
    shift = f._low & _shift_mask(size)
    mask = (1 << f._bits) - 1
    unit = ((unit & ~(mask << shift)) | ((v & mask) << shift)) & ((1 << (size * 8)) - 1)
    if swapped:
        unit = _byteswap(unit, size)
    _ctypes._set(obj, f.offset, ucode, unit)


def _c_int_or_none(value):
    """`value` as a C int (bool and __index__ taken, float not), else None."""
    if not hasattr(type(value), "__index__"):
        return None
    n = type(value).__index__(value)
    return n if -2 ** 31 <= n < 2 ** 31 else None


def _layout(cls, fields):
    """Compute the offsets, size and alignment of a Structure or Union class.

    Follows CPython 3.11 exactly, bit fields included (its algorithm is not
    gcc's): a bit field continues the open unit if its type is no wider than
    the unit and it fits; else widens the unit to its type if it fits there;
    else opens a new unit of its type. A normal field closes the unit. In a
    union every field is placed as if first, but the unit stays open, so a
    second bit field continues it at a negative offset, as in CPython."""
    is_union = isinstance(cls, UnionType)
    try:
        items = list(fields)
    except TypeError:
        raise TypeError("'_fields_' must be a sequence of pairs") from None
    pack = 0
    if hasattr(cls, "_pack_"):  # inherited, as in CPython
        pack = _c_int_or_none(cls._pack_)
        if pack is None or pack < 0:
            raise ValueError("_pack_ must be a non-negative integer")
    big_endian = hasattr(cls, "_swappedbytes_")
    base = cls.__mro__[1]
    if isinstance(base, PyCStructType) and "_size_" in base.__dict__:
        size = offset = base._size_
        align = base._align_
    else:
        size = offset = align = 0
    total_align = align or 1
    union_size = 0
    unit_bits = 0  # width of the open bit-field unit (0: none open)
    bitofs = 0     # bits of that unit used so far
    names = []
    cfields = []
    for index, item in enumerate(items):
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, ctype = item[0], item[1]
        bits = _c_int_or_none(item[2]) if len(item) == 3 else 0
        if not isinstance(name, str) or bits is None:
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        if not isinstance(ctype, type) or getattr(ctype, "_size_", None) is None:
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % index)
        tsize = ctype._size_
        tbits = tsize * 8
        if len(item) == 3:
            if not isinstance(ctype, PyCSimpleType) or ctype._type_ not in _BIT_CODES:
                raise TypeError("bit fields not allowed for type %s" % ctype.__name__)
            if not 0 < bits <= tbits:
                raise ValueError("number of bits invalid for bit field")
        if is_union:
            size = offset = align = 0
        low = 0
        if bits and unit_bits and tbits <= unit_bits and bitofs + bits <= unit_bits:
            grow = None  # continue the open unit
        elif bits and unit_bits and tbits >= unit_bits and bitofs + bits <= tbits:
            grow = tsize - unit_bits // 8  # widen it to this type
        else:
            grow = -1  # a new unit, or a normal field
        if grow == -1:
            if bits:
                unit_bits = tbits
                low = unit_bits - bits if big_endian else 0
            else:
                unit_bits = 0
            bitofs = bits
            align = min(pack, ctype._align_) if pack else ctype._align_
            if align and offset % align:
                delta = align - offset % align
                size += delta
                offset += delta
            size += tsize
            field_offset = offset
            offset += tsize
        else:
            if grow is not None:
                offset += grow
                size += grow
                unit_bits = tbits
            low = unit_bits - bitofs - bits if big_endian else bitofs
            field_offset = offset - tsize
            bitofs += bits
        if is_union:
            union_size = max(union_size, size)
        total_align = max(total_align, align)
        field = _make_field(name, ctype, field_offset, bits, low, bits and grow == -1)
        type.__setattr__(cls, name, field)
        names.append(name)
        cfields.append(field)
    if is_union:
        size = union_size
    size = (size + total_align - 1) // total_align * total_align
    type.__setattr__(cls, "_size_", size)
    type.__setattr__(cls, "_align_", total_align)
    type.__setattr__(cls, "_field_names_", names)
    type.__setattr__(cls, "_cfields_", cfields)
    type.__setattr__(cls, "_layout_done_", True)
    anonymous = cls.__dict__.get("_anonymous_", None)
    if anonymous is not None:
        if isinstance(anonymous, (str, bytes)) or not hasattr(anonymous, "__iter__"):
            raise TypeError("_anonymous_ must be a sequence")
        for name in anonymous:
            outer = getattr(cls, name)
            if not isinstance(outer, CField):
                raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
            outer._anonymous = True
            _promote_fields(cls, outer.type, outer.offset)


def _promote_fields(cls, record, offset):
    """Make the fields of an anonymous member (of type `record`, at `offset`)
    fields of `cls`; those of its own anonymous members too, recursively."""
    for desc in record._fields_:
        name = desc[0]
        inner = getattr(record, name)
        if not isinstance(inner, CField):
            raise TypeError("unexpected type")
        if inner._anonymous:
            _promote_fields(cls, inner.type, offset + inner.offset)
            continue
        type.__setattr__(cls, name, _make_field(
            name, inner.type, offset + inner.offset, inner._bits, inner._low, inner._new_unit))


def _all_field_names(cls):
    names = []
    for klass in reversed(cls.__mro__):
        names.extend(klass.__dict__.get("_field_names_", ()))
    return names


def _record_init(self, *args, **kwargs):
    """Structure/Union(*values, **named): members in `_fields_` order, base
    classes' members first."""
    if True:
        names = _all_field_names(type(self))
        if len(args) > len(names):
            raise TypeError("too many initializers")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in names[:len(args)]:
                raise TypeError("duplicate values for field %r" % name)
            setattr(self, name, value)


def _record_subclass(cls):
    """Lay out a new Structure/Union class (or inherit its base's layout)."""
    if "_fields_" in cls.__dict__:
        # through the metaclass, as CPython does, so big-endian records swap
        setattr(cls, "_fields_", cls.__dict__["_fields_"])
    elif "_size_" not in cls.__dict__:
        base = cls.__mro__[1]
        type.__setattr__(cls, "_size_", getattr(base, "_size_", 0))
        type.__setattr__(cls, "_align_", getattr(base, "_align_", 1))


def _record_from_param(cls, value):
    if isinstance(value, cls):
        return value
    raise TypeError("expected %s instance instead of %s"
                    % (cls.__name__, type(value).__name__))


def _record_hash(self):
    raise TypeError("unhashable type")


class Structure(_CData, metaclass=PyCStructType):
    """Base of C structures: subclasses list their members in `_fields_`."""

    __init__ = _record_init
    __hash__ = _record_hash
    from_param = classmethod(lambda cls, value: _record_from_param(cls, value))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _record_subclass(cls)


class Union(_CData, metaclass=UnionType):
    """Base of C unions: every member starts at offset 0."""

    __init__ = _record_init
    __hash__ = _record_hash
    from_param = classmethod(lambda cls, value: _record_from_param(cls, value))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _record_subclass(cls)


# On this little-endian machine the native records are the little-endian ones.
LittleEndianStructure = Structure
LittleEndianUnion = Union


def _other_endian(typ):
    """The big-endian form of a field type: the swapped simple type, an array
    of the swapped element, or a structure as it is."""
    if hasattr(typ, "__ctype_be__"):
        return typ.__ctype_be__
    if isinstance(typ, PyCArrayType):
        return _other_endian(typ._type_) * typ._length_
    if issubclass(typ, Structure):
        return typ
    raise TypeError("This type does not support other endian: %s" % typ)


class _swapped_meta:
    """Metaclass mixin of the big-endian records: setting `_fields_` stores
    (and lays out) the big-endian forms of the field types."""

    def __setattr__(cls, name, value):
        if name == "_fields_":
            value = [(desc[0], _other_endian(desc[1])) + desc[2:] for desc in value]
        super().__setattr__(name, value)


class _swapped_struct_meta(_swapped_meta, PyCStructType):
    pass


class _swapped_union_meta(_swapped_meta, UnionType):
    pass


class BigEndianStructure(Structure, metaclass=_swapped_struct_meta):
    """Structure with big-endian fields."""

    _swappedbytes_ = None  # read by _layout: bit fields count from the top


class BigEndianUnion(Union, metaclass=_swapped_union_meta):
    """Union with big-endian fields."""

    _swappedbytes_ = None


for _cls in (_swapped_struct_meta, _swapped_union_meta, BigEndianStructure, BigEndianUnion):
    _cls.__module__ = "ctypes._endian"
del _cls


def _record_fields(cls):
    """The CFields of a record class in memory order, base classes' first."""
    fields = []
    for klass in reversed(cls.__mro__):
        fields.extend(klass.__dict__.get("_cfields_", ()))
    return fields


# --- libraries and functions ----------------------------------------------------

_FUNCFLAG_CDECL = 0x1
_FUNCFLAG_PYTHONAPI = 0x4
_FUNCFLAG_USE_ERRNO = 0x8
_FUNCFLAG_USE_LASTERROR = 0x10


def _funcptr_bool(self):
    """A function pointer is true when it is not NULL."""
    return self._address() != 0


def _funcptr_from_param(cls, value):
    if isinstance(value, cls):
        return value
    inner = getattr(value, "_as_parameter_", None)
    if inner is not None and isinstance(inner, cls):
        return inner
    raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


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
            _size_ = _align_ = sizeof(c_void_p)
            __bool__ = _funcptr_bool
            from_param = classmethod(_funcptr_from_param)

            def __repr__(self):
                return "<%s object at %#x>" % (type(self).__name__, id(self))

        self._FuncPtr = _FuncPtr
        if handle is None:
            path = name
            if path is not None:
                path = _os.fsdecode(_os.fspath(path))
            self._handle = _ctypes.dlopen(path, mode)
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
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)

    __class_getitem__ = classmethod(lambda cls, item: cls)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)
# The process's own symbols (pyjit has no Python C API to offer through it).
pythonapi = PyDLL(None)


# --- function pointer types ---------------------------------------------------------

_c_functype_cache = {}


def CFUNCTYPE(restype, *argtypes, **kw):
    """The function pointer type `restype (*)(argtypes...)`: instances are made
    from an address, a (name, library) pair, or a Python callable that C code
    can call back."""
    flags = _FUNCFLAG_CDECL
    if kw.pop("use_errno", False):
        flags |= _FUNCFLAG_USE_ERRNO
    kw.pop("use_last_error", False)
    if kw:
        raise ValueError("unexpected keyword argument(s) %s" % kw.keys())
    return _functype(restype, argtypes, flags, cache=True)


def _functype(restype, argtypes, flags, cache):
    key = (restype, argtypes, flags)
    if cache:
        try:
            return _c_functype_cache[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: refused below
            cache = False
    for i, t in enumerate(argtypes):
        if not hasattr(t, "from_param"):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
    if restype is not None and not isinstance(restype, type) and not callable(restype):
        raise TypeError("_restype_ must be a type, a callable, or None")

    class CFunctionType(_CFuncPtr):
        _argtypes_ = argtypes
        _restype_ = restype
        _flags_ = flags
        _size_ = _align_ = sizeof(c_void_p)
        __bool__ = _funcptr_bool
        from_param = classmethod(_funcptr_from_param)

        def __repr__(self):
            return "<%s object at %#x>" % (type(self).__name__, id(self))

    if cache:
        _c_functype_cache[key] = CFunctionType
    return CFunctionType


def PYFUNCTYPE(restype, *argtypes):
    """CFUNCTYPE for functions of the Python C API (which pyjit does not
    have): the same calls, flagged _FUNCFLAG_PYTHONAPI."""
    return _functype(restype, argtypes, _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI, cache=False)


def _libc_function(name, restype, *argtypes):
    libc = CDLL("libc.so.6")
    return CFUNCTYPE(restype, *argtypes)(_ctypes.dlsym(libc._handle, name))


memmove = _libc_function("memmove", c_void_p, c_void_p, c_void_p, c_size_t)
memset = _libc_function("memset", c_void_p, c_void_p, c_int, c_size_t)
get_errno = _ctypes.get_errno
set_errno = _ctypes.set_errno
resize = _ctypes.resize

# How types describe their memory to memoryview and to libffi (the native
# `_ctypes` looks these two up here).
from ctypes._describe import _buffer_info, _ffi_leaves  # noqa: E402
