"""Container datatypes (the collections package), written for pyjit.

Provides deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
UserDict, UserList and UserString, and the collections.abc submodule.

- deque keeps its items in two lists (the left part reversed, the right part in
  order), so appends and pops at either end are amortised O(1); indexing is
  O(1). Iterators raise "deque mutated during iteration" as CPython's do.
- OrderedDict is a dict subclass that relies on the dict's insertion order;
  move_to_end(key, last=False) is O(n) (CPython: O(1)).
- namedtuple builds __new__ with exec (for CPython's argument error messages)
  and field accessors with a small _tuplegetter descriptor.

Known gaps: no pickling support (__reduce__ is only given where copy needs it);
OrderedDict views are not subclasses of dict_keys/dict_values/dict_items; error
messages that CPython builds from the C type name say 'deque' where CPython says
'collections.deque' (e.g. "unhashable type: 'collections.deque'"); `deque[int]`
and the like return the small alias object of collections.abc, not
types.GenericAlias.
"""

import sys as _sys

from . import abc
from .abc import _class_getitem

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_Mapping = abc.Mapping
_MutableMapping = abc.MutableMapping
_MutableSequence = abc.MutableSequence
_Sequence = abc.Sequence


def _recursive_repr(fillvalue="..."):
    """Decorator for __repr__: a nested call on the same object gives fillvalue."""

    def decorate(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = getattr(user_function, "__qualname__", user_function.__name__)
        wrapper.__doc__ = user_function.__doc__
        return wrapper

    return decorate


def _as_index(value):
    """operator.index: the int value of `value` or TypeError."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


################################################################################
### deque
################################################################################

class _deque_iterator:
    __slots__ = ("_deque", "_state", "_index", "_stop")

    def __init__(self, d):
        self._deque = d
        self._state = d._state
        self._index = 0
        self._stop = len(d._left) + len(d._right)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._stop = self._index
            raise RuntimeError("deque mutated during iteration")
        i = self._index
        if i >= self._stop:
            raise StopIteration
        self._index = i + 1
        left = d._left
        n = len(left)
        if i < n:
            return left[n - 1 - i]
        return d._right[i - n]

    def __length_hint__(self):
        return max(self._stop - self._index, 0)


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._stop = self._index
            raise RuntimeError("deque mutated during iteration")
        i = self._index
        if i >= self._stop:
            raise StopIteration
        self._index = i + 1
        i = self._stop - 1 - i
        left = d._left
        n = len(left)
        if i < n:
            return left[n - 1 - i]
        return d._right[i - n]


class deque:
    """deque([iterable[, maxlen]]): double-ended queue, fast at both ends."""

    # _left holds the left part reversed (_left[-1] is the first item), _right
    # the rest in order; _state counts the mutations that invalidate iterators.
    __slots__ = ("_left", "_right", "_maxlen", "_state", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._left = []
        self._right = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            maxlen = int(maxlen)
        self._maxlen = maxlen
        if self._left or self._right:
            self.clear()
        if iterable is not self:
            self.extend(iterable)

    # -- properties and helpers

    def _get_maxlen(self):
        return self._maxlen

    def _set_maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    maxlen = property(_get_maxlen, _set_maxlen, _set_maxlen,
                      "maximum size of a deque or None if unbounded")
    del _get_maxlen, _set_maxlen

    def _position(self, index):
        if type(index) is not int:
            if isinstance(index, int) or hasattr(type(index), "__index__"):
                index = _as_index(index)
            else:
                raise TypeError("sequence index must be integer, not '%s'"
                                % type(index).__name__)
        n = len(self._left) + len(self._right)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return index

    def _rebalance(self, to_left):
        # Split the items evenly between the two lists; used when one side is empty.
        items = self._left[::-1]
        items.extend(self._right)
        half = (len(items) + (1 if to_left else 0)) // 2
        left = items[:half]
        left.reverse()
        self._left[:] = left
        self._right[:] = items[half:]

    # -- adding and removing at the ends

    def append(self, x):
        """Add x at the right end."""
        self._state += 1
        self._right.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) > maxlen:
            self._popleft()

    def appendleft(self, x):
        """Add x at the left end."""
        self._state += 1
        self._left.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) > maxlen:
            self._pop()

    def _pop(self):
        right = self._right
        if not right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._rebalance(False)
        return right.pop()

    def _popleft(self):
        left = self._left
        if not left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._rebalance(True)
        return left.pop()

    def pop(self):
        """Remove and return the item at the right end."""
        right = self._right
        if not right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._rebalance(False)
        self._state += 1
        return right.pop()

    def popleft(self):
        """Remove and return the item at the left end."""
        left = self._left
        if not left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._rebalance(True)
        self._state += 1
        return left.pop()

    def extend(self, iterable):
        """append() every item of the iterable."""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            right = self._right
            before = len(right)
            try:
                right.extend(iterable)
            finally:
                if len(right) != before:
                    self._state += 1
            return
        if maxlen == 0:
            for _ in iterable:
                pass
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """appendleft() every item of the iterable (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            left = self._left
            before = len(left)
            try:
                left.extend(iterable)
            finally:
                if len(left) != before:
                    self._state += 1
            return
        if maxlen == 0:
            for _ in iterable:
                pass
            return
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove every item."""
        if self._left or self._right:
            self._state += 1
            self._left.clear()
            self._right.clear()

    def rotate(self, n=1):
        """Move the last n items to the front (n < 0: the first -n to the back)."""
        n = _as_index(n)
        length = len(self._left) + len(self._right)
        if length <= 1:
            return
        self._state += 1
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        if n == 0:
            return
        left, right = self._left, self._right
        if n > 0:
            if n <= len(right):
                moved = right[len(right) - n:]
                del right[len(right) - n:]
                moved.reverse()
                left.extend(moved)
                return
        else:
            k = -n
            if k <= len(left):
                moved = left[len(left) - k:]
                del left[len(left) - k:]
                moved.reverse()
                right.extend(moved)
                return
        items = left[::-1]
        items.extend(right)
        items = items[-n:] + items[:-n]
        half = len(items) // 2
        new_left = items[:half]
        new_left.reverse()
        left[:] = new_left
        right[:] = items[half:]

    def reverse(self):
        """Reverse the items in place."""
        self._left, self._right = self._right, self._left

    # -- searching

    def count(self, value):
        """How many items equal value."""
        return self._left.count(value) + self._right.count(value)

    def index(self, value, start=0, stop=_sys.maxsize):
        """First index of value in [start, stop); ValueError if absent."""
        for bound in (start, stop):
            if not isinstance(bound, int) and not hasattr(type(bound), "__index__"):
                raise TypeError("slice indices must be integers or have an "
                                "__index__ method")
        items = self._left[::-1]
        items.extend(self._right)
        try:
            return items.index(value, _as_index(start), _as_index(stop))
        except ValueError:
            pass
        raise ValueError("%r is not in deque" % (value,))

    def __contains__(self, value):
        return value in self._left or value in self._right

    # -- positional access

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        if self._left or self._right:
            return True
        return False

    def __getitem__(self, index):
        i = self._position(index)
        left = self._left
        n = len(left)
        if i < n:
            return left[n - 1 - i]
        return self._right[i - n]

    def __setitem__(self, index, value):
        i = self._position(index)
        left = self._left
        n = len(left)
        if i < n:
            left[n - 1 - i] = value
        else:
            self._right[i - n] = value

    def __delitem__(self, index):
        i = self._position(index)
        self._state += 1
        left = self._left
        n = len(left)
        if i < n:
            del left[n - 1 - i]
        else:
            del self._right[i - n]

    def insert(self, index, value):
        """Put value before position index."""
        index = _as_index(index)
        n = len(self._left) + len(self._right)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index += n
            if index < 0:
                index = 0
        elif index > n:
            index = n
        self._state += 1
        left = self._left
        k = len(left)
        if index <= k:
            left.insert(k - index, value)
        else:
            self._right.insert(index - k, value)

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none."""
        left = self._left
        if left:
            rev = left[::-1]
            try:
                i = rev.index(value)
            except ValueError:
                pass
            else:
                self._state += 1
                del left[len(left) - 1 - i]
                return
        right = self._right
        try:
            i = right.index(value)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None
        self._state += 1
        del right[i]

    # -- iteration

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        """Iterator from the right end to the left."""
        return _deque_reverse_iterator(self)

    # -- copying, comparing, operators

    def copy(self):
        """A shallow copy with the same maxlen."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (list(self), self._maxlen))

    @_recursive_repr("[...]")
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%r)" % (name, list(self))
        return "%s(%r, maxlen=%d)" % (name, list(self), self._maxlen)

    def _tolist(self):
        items = self._left[::-1]
        items.extend(self._right)
        return items

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() == other._tolist()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() != other._tolist()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() < other._tolist()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() <= other._tolist()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() > other._tolist()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._tolist() >= other._tolist()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            radd = getattr(type(other), "__radd__", None)
            if radd is not None:
                result = radd(other, self)
                if result is not NotImplemented:
                    return result
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _repeat_count(self, n):
        if isinstance(n, int) or hasattr(type(n), "__index__"):
            return _as_index(n)
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % type(n).__name__)

    def __imul__(self, n):
        n = self._repeat_count(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = self._tolist()
            if not items:
                return self
            maxlen = self._maxlen
            if maxlen is not None and len(items) * n > maxlen:
                # The last maxlen items of items * n start at this offset.
                start = (-maxlen) % len(items)
                keep = (items * (maxlen // len(items) + 2))[start:start + maxlen]
                self._state += 1
                self._left.clear()
                self._right[:] = keep
            else:
                self._state += 1
                self._right.extend(items * (n - 1))
        return self

    def __mul__(self, n):
        n = self._repeat_count(n)
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    __class_getitem__ = classmethod(_class_getitem)


_MutableSequence.register(deque)


################################################################################
### defaultdict
################################################################################

_dd_repr_running = set()


class defaultdict(dict):
    """dict whose missing keys get the value default_factory() (in d[key] only).

    defaultdict(default_factory=None, /, ...): the other arguments are those
    of dict().
    """

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = "None"
        else:
            fkey = id(factory)
            if fkey in _dd_repr_running:
                factory_repr = "..."
            else:
                _dd_repr_running.add(fkey)
                try:
                    factory_repr = repr(factory)
                finally:
                    _dd_repr_running.discard(fkey)
        key = id(self)
        if ("d", key) in _dd_repr_running:
            body = "{...}"
        else:
            _dd_repr_running.add(("d", key))
            try:
                # dict.copy: the raw items (pyjit's dict.__repr__(self) would
                # dispatch to this very method).
                body = repr(dict.copy(self))
            finally:
                _dd_repr_running.discard(("d", key))
        return "%s(%s, %s)" % (type(self).__name__, factory_repr, body)

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return (type(self), args, None, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """dict that remembers insertion order, with move_to_end() and popitem(last=)."""

    # The items live in the dict itself, in order; _OrderedDict__state counts
    # removals and moves so that iterators can tell the dict was mutated.
    __slots__ = ("_OrderedDict__state", "__dict__")

    def __new__(cls, *args, **kwds):
        self = dict.__new__(cls)
        self.__state = 0
        return self

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        """Update from a mapping or an iterable of pairs, then from keywords."""
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if type(self).__setitem__ is dict.__setitem__:
            dict.update(self, *args, **kwds)
        else:
            _MutableMapping.update(self, *args, **kwds)

    def _mark(self):
        try:
            self.__state += 1
        except AttributeError:
            self.__state = 1

    def _token(self):
        try:
            return (dict.__len__(self), self.__state)
        except AttributeError:
            return (dict.__len__(self), 0)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._mark()

    def __iter__(self):
        token = self._token()
        for key in dict.__iter__(self):
            yield key
            if self._token() != token:
                raise RuntimeError("OrderedDict mutated during iteration")

    def __reversed__(self):
        """Keys from the last to the first."""
        token = self._token()
        for key in reversed(list(dict.keys(self))):
            if self._token() != token:
                raise RuntimeError("OrderedDict mutated during iteration")
            yield key
        if self._token() != token:
            raise RuntimeError("OrderedDict mutated during iteration")

    def clear(self):
        """Remove every item."""
        dict.clear(self)
        self._mark()

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first when last
        is false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            item = dict.popitem(self)
        else:
            key = next(dict.__iter__(self))
            item = (key, dict.pop(self, key))
        self._mark()
        return item

    def move_to_end(self, key, last=True):
        """Move key to the end (to the front when last is false); KeyError if
        it is missing."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        self._mark()
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        first = next(dict.__iter__(self))
        if first is key or first == key:
            return
        value = dict.pop(self, key)
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    _marker = object()

    def pop(self, key, default=_marker):
        """Remove key and return its value; default (or KeyError) if missing."""
        if dict.__contains__(self, key):
            value = dict.pop(self, key)
            self._mark()
            return value
        if default is OrderedDict._marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """The value of key; stores default first when key is missing."""
        if dict.__contains__(self, key):
            return self[key]
        self[key] = default
        return default

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(dict.items(self)))

    def __reduce__(self):
        state = dict(getattr(self, "__dict__", {}))
        state.pop("_OrderedDict__state", None)
        return (type(self), (), state or None, None, iter(dict.items(self)))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance mapping each key of iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if dict.copy(self) != dict.copy(other):
            return False
        if isinstance(other, OrderedDict):
            return list(dict.keys(self)) == list(dict.keys(other))
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


class odict_keys(abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


class odict_values(abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        get = dict.__getitem__
        for key in od:
            yield get(od, key)

    def __reversed__(self):
        od = self._mapping
        get = dict.__getitem__
        for key in reversed(od):
            yield get(od, key)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


class odict_items(abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        get = dict.__getitem__
        for key in od:
            yield (key, get(od, key))

    def __reversed__(self):
        od = self._mapping
        get = dict.__getitem__
        for key in reversed(od):
            yield (key, get(od, key))

    def __contains__(self, item):
        key, value = item
        od = self._mapping
        if not dict.__contains__(od, key):
            return False
        v = dict.__getitem__(od, key)
        return v is value or v == value

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def _iskeyword(name):
    return name in _KEYWORDS


class _tuplegetter:
    # Read-only descriptor for field `index` of a named tuple.
    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return "%s(%d, %r)" % (type(self).__name__, self._index, self.__doc__)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass named `typename` whose items are also reachable as
    attributes named by `field_names` (a sequence, or one string separated by
    spaces or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             "identifiers: %r" % (name,))
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a "
                             "keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        first = len(field_names) - len(defaults)
        for name, value in zip(field_names[first:], defaults):
            field_defaults[name] = value

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    repr_fmt = "(" + ", ".join("%s=%%r" % name for name in field_names) + ")"
    tuple_new = tuple.__new__

    # __new__ is compiled from source so that its signature (and so CPython's
    # argument error messages, "Point.__new__() missing 1 required ...") match.
    params = "".join(", " + name for name in field_names)
    if num_fields == 0:
        items = "()"
    elif num_fields == 1:
        items = "(%s,)" % arg_list
    else:
        items = "(%s)" % arg_list
    source = ("class %s:\n"
              "    def __new__(_cls%s):\n"
              "        return _tuple_new(_cls, %s)\n" % (typename, params, items))
    namespace = {"_tuple_new": tuple_new, "__name__": "namedtuple_%s" % typename}
    exec(source, namespace)
    __new__ = namespace[typename].__dict__["__new__"]
    if isinstance(__new__, staticmethod):
        __new__ = __new__.__func__
    namespace["_tuple_new"] = tuple_new
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ("Make a new %s object from a sequence or iterable"
                              % typename)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = ("Return a new %s object replacing specified fields with new values"
                        % typename)

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        # A full slice rather than tuple(self): pyjit's tuple() returns a tuple
        # subclass instance unchanged.
        return self[:]

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)

    class_namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    """Add one to mapping[elem] for every elem of the iterable."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _second(pair):
    return pair[1]


class Counter(dict):
    """A dict that maps elements to counts (a multiset); missing elements
    count zero."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        "Missing elements count zero (and are not stored)."
        return 0

    def total(self):
        "The sum of all counts."
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs by decreasing count, the first n only when n
        is given; equal counts keep insertion order."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        n = _as_index(n)
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Each element repeated count times (none for counts below one)."""
        for elem, count in self.items():
            for _ in range(_as_index(count)):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Count the elements of an iterable, or add the counts of a mapping,
        then of the keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like update() but subtracting; counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        "A shallow copy."
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        "Delete an element; a missing one is no error."
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    # Comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        "Equal when every element has the same count (missing = 0)."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        "Opposite of ==."
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        "Every count is <= the other's."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        "<= and not ==."
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        "Every count is >= the other's."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        ">= and not ==."
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep only positive counts.

    def __add__(self, other):
        """Sum of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Difference of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Maximum of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Minimum of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        "Copy without the zero and negative counts."
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, negated; the others are dropped."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Delete the elements whose count is not positive; return self."""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """In-place +."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """In-place -."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """In-place |."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """In-place &."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    # CPython's Counter inherits this from dict; pyjit's dict does not offer it
    # to subclasses (Counter[str] would raise TypeError).
    __class_getitem__ = classmethod(_class_getitem)


################################################################################
### ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """Several mappings searched in order as one mapping; writes and
    deletions go to the first one."""

    def __init__(self, *maps):
        """maps: the mappings to search (one empty dict when none is given)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        "A ChainMap over dict.fromkeys(iterable, *args)."
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        "Same class, with a copy of maps[0] followed by the other maps."
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """Same class, with m (or a new dict of the keyword arguments) in front
        of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        "Same class over maps[1:]."
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        "popitem() of maps[0]."
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        "pop() of maps[0]."
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        "Empty maps[0] only."
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict
################################################################################

class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


################################################################################
### UserList
################################################################################

class UserList(_MutableSequence):
    """List-like class that keeps its items in the list `self.data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

def _str_arg(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_arg(string)

    def __lt__(self, string):
        return self.data < _str_arg(string)

    def __le__(self, string):
        return self.data <= _str_arg(string)

    def __gt__(self, string):
        return self.data > _str_arg(string)

    def __ge__(self, string):
        return self.data >= _str_arg(string)

    def __contains__(self, char):
        return _str_arg(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # Methods that return a string give an instance of the class; the others
    # return what str's method returns.

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_arg(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_arg(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_arg(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        encoding = "utf-8" if encoding is None else encoding
        errors = "strict" if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_arg(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(_str_arg(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_arg(old), _str_arg(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_arg(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(_str_arg(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
