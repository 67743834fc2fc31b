"""Abstract base classes for containers (collections.abc), written for pyjit.

Provides the one-trick ABCs with their __subclasshook__ (Hashable, Iterable,
Iterator, Reversible, Generator, Sized, Container, Callable, Collection,
Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator) and the
collection ABCs with their mixin methods (Set, MutableSet, Mapping,
MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
MutableSequence, ByteString). The built-in types are registered as in CPython
(list is a MutableSequence, dict a MutableMapping, the iterator types are
Iterators, ...), so isinstance()/issubclass() answer as CPython does, for the
built-in types and for classes that merely define the methods.

Known gaps:
- pyjit has no async/await, so the async ABCs' methods are plain functions
  (AsyncGenerator.__anext__/aclose return what asend/athrow return instead of
  being coroutines) and no built-in coroutine type is registered.
- `X[int]` returns a small stand-in for types.GenericAlias (repr, __origin__,
  __args__, calling it makes an X); Callable[[int], str] is not special-cased.
- pyjit's built-in types do not list all their special methods in __dict__
  (e.g. list.__dict__ has no '__hash__': None and no '__reversed__', range has no
  '__iter__'); the hooks consult _NATIVE_METHODS for those types so the answers
  match CPython. The table can go once the VM's type dicts are complete.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


# --- generic alias stand-in -------------------------------------------------

from types import GenericAlias as _GenericAlias


def _class_getitem(cls, params):
    return _GenericAlias(cls, params)


# --- what the built-in types define -----------------------------------------

def _gen():
    yield None


_generator_type = type(_gen())
_function_type = type(_gen)
_builtin_function_type = type(len)


class _C:
    def _m(self):
        pass


_method_type = type(_C()._m)
del _C

_mappingproxy_type = type(type.__dict__)
_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())

_iterator_types = []
for _obj in (b"", bytearray(), {}.keys(), {}.values(), {}.items(), [], reversed([]),
             range(0), range(1 << 70), set(), "", (), zip(), "\u20ac"):
    _t = type(iter(_obj))
    if _t not in _iterator_types:
        _iterator_types.append(_t)
del _obj, _t

# The special methods (among those the hooks look for) that CPython 3.11 puts in
# these types' __dict__; `None` marks an explicit `__hash__ = None`. Consulted only
# for names missing from the type's real __dict__ (see the module docstring).
_SEQ = {"__iter__": True, "__len__": True, "__contains__": True}
_NATIVE_METHODS = {}


def _native(types, **methods):
    for t in types:
        entry = _NATIVE_METHODS.setdefault(t, {})
        for name, value in methods.items():
            entry[name] = value


_native((list, dict, set, bytearray, _dict_keys, _dict_items, _mappingproxy_type),
        __hash__=None)
_native((list, dict, set, frozenset, bytearray, tuple, str, bytes, range,
         _dict_keys, _dict_items, _mappingproxy_type), **_SEQ)
_native((list, dict, range, _dict_keys, _dict_values, _dict_items, _mappingproxy_type),
        __reversed__=True)
_native((_dict_values, memoryview), __iter__=True, __len__=True)
_native((frozenset, tuple, str, bytes, range, memoryview, _builtin_function_type, object),
        __hash__=True)
_native((_function_type, _builtin_function_type, _method_type, staticmethod, type),
        __call__=True)
_native([_generator_type] + _iterator_types, __iter__=True, __next__=True)
_native((_generator_type,), send=True, throw=True, close=True)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
            native = _NATIVE_METHODS.get(B)
            if native is not None and method in native:
                if native[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# --- one-trick ponies --------------------------------------------------------

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def aclose(self):
        return self.athrow(GeneratorExit)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, "__aiter__", "__anext__", "asend", "athrow", "aclose")
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        "Next item; StopIteration once exhausted."
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, "__iter__", "__next__")
        return NotImplemented


for _t in _iterator_types:
    Iterator.register(_t)
del _t


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Next item, by sending None in."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with `value`; return what is yielded next."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the suspension point."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Finish the generator by throwing GeneratorExit in."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


Generator.register(_generator_type)


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_class_getitem)


# --- sets --------------------------------------------------------------------

class Set(Collection):
    """Read-only set: finite, iterable, with membership tests.

    Concrete subclasses define __contains__, __iter__ and __len__; the
    comparisons and the &, |, -, ^ operators and isdisjoint() come from here.
    To build results, _from_iterable (by default the class called on an
    iterable) is used; override it if the constructor takes other arguments.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build an instance of the class from an iterable (the class must
        accept one in its constructor, or this must be overridden)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        "True when no element of `other` is in this set."
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Hash of the set's elements, independent of their order (the
        frozenset algorithm); a hashable Set subclass sets __hash__ to this."""
        maxsize = sys.maxsize
        mask = 2 * maxsize + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for x in self:
            hx = hash(x)
            h = (h ^ ((hx ^ (hx << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > maxsize:
            h -= mask + 1
        if h == -1:
            h = 590923713
        return h


Set.register(frozenset)


class MutableSet(Set):
    """A mutable set: concrete subclasses add add() and discard() to what Set
    needs."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put `value` in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take `value` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take `value` out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError when empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element (one pop() at a time)."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


# --- mappings ----------------------------------------------------------------

class Mapping(Collection):
    """Read-only mapping from keys to values.

    Concrete subclasses define __getitem__, __iter__ and __len__; get,
    __contains__, keys, items, values and == come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        "The value for `key`, or `default` when the key is missing."
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "A set-like view of the keys."
        return KeysView(self)

    def items(self):
        "A set-like view of the (key, value) pairs."
        return ItemsView(self)

    def values(self):
        "A view of the values."
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(_mappingproxy_type)


class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)

    __class_getitem__ = classmethod(_class_getitem)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(_dict_keys)


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


ItemsView.register(_dict_items)


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


ValuesView.register(_dict_values)


class MutableMapping(Mapping):
    """Mapping whose items can be set and deleted.

    Concrete subclasses define __getitem__, __setitem__, __delitem__, __iter__
    and __len__; pop, popitem, clear, update and setdefault come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove `key` and return its value; `default` (or KeyError) if missing."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """Remove and return the first (key, value) pair; KeyError when empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        "Remove every item."
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Store the items of a mapping (or of anything with keys()), or the
        pairs of an iterable, then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        "The value for `key`; stores `default` first when the key is missing."
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


# --- sequences ---------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence indexed by integers from 0.

    Concrete subclasses define __getitem__ and __len__; iteration, `in`,
    reversed(), index() and count() come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """First index of `value` within [start, stop); ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        "How many items equal `value`."
        return sum(1 for v in self if v is value or v == value)


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)


class ByteString(Sequence):
    """Common base of bytes and bytearray."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """Sequence whose items can be replaced, inserted and deleted.

    Concrete subclasses define __getitem__, __setitem__, __delitem__, __len__
    and insert(); append, clear, reverse, extend, pop, remove and += come from
    here.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        "Put `value` before position `index`."
        raise IndexError

    def append(self, value):
        "Add `value` at the end."
        self.insert(len(self), value)

    def clear(self):
        "Remove every item."
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        "Reverse the items in place."
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        "Append every item of `values`."
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at `index` (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first item equal to `value`; ValueError if none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)
