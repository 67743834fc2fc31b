"""struct: conversions between Python values and C structs packed into bytes.

The work is done by the native `_struct` module; this module defines the
`error` exception and the `Struct` class (a precompiled format, whose methods
pass the format back to the native functions).

Differences: iter_unpack() returns an iterator over a list of the tuples (a
list_iterator, not an unpack_iterator), and Struct's repr names `struct.Struct`.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


import _struct
_struct.error = _struct._error_class = error
from _struct import pack, unpack, calcsize, pack_into, unpack_from, iter_unpack


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                            + type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


def _clearcache():
    """Clear the format cache (there is none to clear)."""
