"""io: in-memory streams (StringIO, BytesIO) and the names of the file layer.

`open` is the built-in open(); its file objects are the VM's native text and
binary files. StringIO and BytesIO implement the methods used in practice
(read, readline, readlines, write, writelines, seek, tell, truncate, getvalue,
iteration, context management, close). Not provided: the class hierarchy of
raw/buffered streams (IOBase and friends are simple bases here), encodings other
than UTF-8, and newline translation in StringIO.
"""

import builtins

open = builtins.open

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


def _unsupported_class():
    # The VM's own UnsupportedOperation: the error of writing a read-only file.
    import posixpath
    try:
        with open(posixpath.devnull) as f:
            f.write('')
    except Exception as e:
        return type(e)
    return OSError


UnsupportedOperation = _unsupported_class()


class IOBase:
    """Base of the in-memory streams."""

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _MemoryStream(IOBase):
    """Shared logic of StringIO and BytesIO over a list-free buffer."""

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        nl = self._newline
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._empty * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryStream):
    """A text stream in memory."""

    _newline = '\n'
    _empty = ''
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            + type(initial_value).__name__)
        super().__init__(initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")

    def seek(self, pos, whence=0):
        if whence in (1, 2) and pos != 0:
            self._check_open()
            raise OSError("Can't do nonzero cur-relative seeks")
        return super().seek(pos, whence)

    def __repr__(self):
        return object.__repr__(self).replace('io.StringIO', '_io.StringIO')


class BytesIO(_MemoryStream):
    """A binary stream in memory."""

    _newline = b'\n'
    _empty = b''

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        super().__init__(bytes(initial_bytes))

    def _check_type(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, s):
        self._check_type(s)
        return super().write(bytes(s))

    def getbuffer(self):
        raise NotImplementedError("BytesIO.getbuffer() is not supported yet")

    def read1(self, size=-1):
        return self.read(size)


TextIOBase = BufferedIOBase = RawIOBase = IOBase
