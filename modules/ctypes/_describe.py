"""How ctypes types describe their memory to others: the buffer protocol's
PEP 3118 formats and shapes (what memoryview shows of an instance,
`_buffer_info`), and the scalar members libffi needs to pass a structure by
value (`_ffi_leaves`). The native `_ctypes` reaches both through the `ctypes`
package, which imports them last. Written for pyjit."""

from ctypes import (PyCArrayType, PyCPointerType, PyCSimpleType, PyCStructType,
                    UnionType, _is_swapped, _record_fields, _simple_code)


def _buffer_info(cls):
    """The buffer protocol's description of a `cls` instance's memory, as
    CPython exports it: (PEP 3118 format, item size, shape). Cached on the
    class."""
    info = cls.__dict__.get("_buffer_info_")
    if info is None:
        info = _describe_buffer(cls)
        type.__setattr__(cls, "_buffer_info_", info)
    return info


def _describe_buffer(cls):
    if isinstance(cls, PyCArrayType):
        shape = []
        elem = cls
        while isinstance(elem, PyCArrayType):
            shape.append(elem._length_)
            elem = elem._type_
        fmt, itemsize, _ = _buffer_info(elem)
        return fmt, itemsize, tuple(shape)
    return _item_format(cls), cls._size_, ()


def _item_format(cls):
    """The format of one `cls` value (inside a structure's or pointer's format)."""
    code = _simple_code(cls) if isinstance(cls, PyCSimpleType) else None
    if code is None and isinstance(cls, PyCSimpleType):
        code = cls._type_  # a subclass of a simple type
    if code is not None:
        order = ">" if _is_swapped(cls) else "<"
        return order + {"l": "q", "L": "Q"}.get(code, code)
    if isinstance(cls, PyCPointerType):
        return "&" + _item_format(cls._type_)
    if isinstance(cls, PyCArrayType):
        fmt, _, shape = _buffer_info(cls)
        return "(%s)%s" % (",".join(map(str, shape)), fmt)
    if isinstance(cls, PyCStructType):
        if isinstance(cls, UnionType) or _record_pack(cls):
            return "B"
        parts = ["%s:%s:" % (_item_format(f.type), f.name) for f in _record_fields(cls)]
        return "T{%s}" % "".join(parts)
    return "<P"  # function pointers


def _record_pack(cls):
    for klass in cls.__mro__:
        if "_pack_" in klass.__dict__:
            return klass.__dict__["_pack_"]
    return None


def _ffi_leaves(cls):
    """The simple type codes of the scalars making up `cls`, in memory order,
    for a libffi struct type: arrays expanded, records flattened, a union as
    its largest member (the first of equals), pointers (and c_char_p,
    c_wchar_p, c_void_p, function pointers) as 'P', and each bit-field storage
    unit once, as the code of its widest type."""
    if isinstance(cls, PyCStructType):
        fields = _record_fields(cls)
        if isinstance(cls, UnionType):
            largest = None
            for f in fields:
                if largest is None or f.type._size_ > largest.type._size_:
                    largest = f
            return [] if largest is None else _ffi_leaves(largest.type)
        leaves = []
        unit = None  # (index in leaves, size) of the open bit-field unit
        for f in fields:
            if not f._bits:
                unit = None
                leaves.extend(_ffi_leaves(f.type))
            elif f._new_unit or unit is None:
                unit = (len(leaves), f.type._size_)
                leaves.append(f.type._type_)
            elif f.type._size_ > unit[1]:
                # the unit was widened to this field's type
                leaves[unit[0]] = f.type._type_
                unit = (unit[0], f.type._size_)
        return leaves
    if isinstance(cls, PyCArrayType):
        return _ffi_leaves(cls._type_) * cls._length_
    if isinstance(cls, PyCSimpleType):
        code = cls._type_
        return ["P" if code in "zZPO" else code]
    return ["P"]
