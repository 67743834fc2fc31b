"""Weak references and the containers built on them, written for pyjit.

`ref` (= ReferenceType), getweakrefcount and getweakrefs come from the native
`_weakref` module (src/stdlib/weakref.rs). pyjit's collector traces and
sweeps; there is no reference counting, so an object dies only at a
collection (gc.collect() or an automatic one at a safepoint), and the
callbacks of the references it cleared run right after that collection.
Everything here learns of deaths through those callbacks.

The native `ref` cannot be subclassed, so the two classes CPython derives
from it are plain classes holding native references instead:

- KeyedRef, a WeakValueDictionary entry: a reference plus the entry's key;
- WeakMethod: references to a bound method's object and function.

Both call, hash, compare and print like references, but
isinstance(x, ref) is false for them.

WeakValueDictionary, WeakKeyDictionary and WeakSet keep their entries in a
dict or set (`data`). While an iteration over one runs, the removals its
callbacks ask for wait in `_pending_removals`, so that `data` does not change
size under the iterator, and len() leaves them out. The iterating generator
holds an _IterationGuard; if the generator is abandoned, the guard dies at
the next collection and a callback on it ends the wait (pyjit does not close
unreachable generators, as CPython does on their last reference).

finalize objects call their function when the object dies or when called.
pyjit has no atexit module, so live finalizers are not run at exit; their
`atexit` attribute is kept but has no effect (an exit hook would call the
live ones with atexit true, newest first: finalize._registry is in creation
order).

Two deliberate differences from CPython 3.11, where these are bugs:
`ws &= items` keeps the WeakSet's own references (CPython keeps the other
side's, which have no callback, so dead elements stay counted by len()); and
copy.copy(ws) and copy.deepcopy(ws) give independent sets of the same
elements (CPython's share the original's internals).

proxy() and the proxy types exist but raise NotImplementedError.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet
from types import (GenericAlias as _GenericAlias, FunctionType as _FunctionType,
                   BuiltinFunctionType as _BuiltinFunctionType,
                   GeneratorType as _GeneratorType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# Built-in types whose instances have a __name__ (pyjit's built-in types do
# not list their __name__ descriptors in __dict__).
_NAMED_BUILTINS = (type, _FunctionType, _BuiltinFunctionType, _GeneratorType)


def _name_of(target):
    """target.__name__ found through its type, as CPython's reference repr
    looks it up (so a function or class has one, a module does not), or None."""
    for klass in type(target).__mro__:
        if "__name__" in klass.__dict__:
            attr = klass.__dict__["__name__"]
            get = getattr(type(attr), "__get__", None)
            return attr if get is None else get(attr, target, type(target))
    if isinstance(target, _NAMED_BUILTINS):
        return target.__name__
    return None


def _class_getitem(cls, params):
    """cls[params], for the classes here that take type parameters."""
    return _GenericAlias(cls, params)


def _ref_repr(wr, target):
    """repr() of a reference-like object `wr` to `target` (None: dead), as ref's."""
    if target is None:
        return "<weakref at %#x; dead>" % id(wr)
    text = "<weakref at %#x; to '%s' at %#x" % (id(wr), type(target).__name__, id(target))
    name = _name_of(target)
    if isinstance(name, str):
        text += " (%s)" % name
    return text + ">"


# -- proxies (not implemented)

_NO_PROXY = "weakref.proxy is not implemented in pyjit yet"


def proxy(object, callback=None):
    """Not available in pyjit: raises NotImplementedError (TypeError first if
    `object` cannot be weakly referenced)."""
    ref(object)
    raise NotImplementedError(_NO_PROXY)


def _refuse_instances(cls, *args, **kwargs):
    raise NotImplementedError(_NO_PROXY)


def _refuse_subclasses(cls, **kwargs):
    base = next(b for b in cls.__mro__[1:] if b in ProxyTypes)
    raise TypeError("type 'weakref.%s' is not an acceptable base type" % base.__name__)


class ProxyType:
    """The type of proxies to objects (proxies are not available in pyjit)."""

    __slots__ = ()
    __new__ = staticmethod(_refuse_instances)
    __init_subclass__ = classmethod(_refuse_subclasses)


class CallableProxyType:
    """The type of proxies to callable objects (not available in pyjit)."""

    __slots__ = ()
    __new__ = staticmethod(_refuse_instances)
    __init_subclass__ = classmethod(_refuse_subclasses)


ProxyTypes = (ProxyType, CallableProxyType)


# -- reference-like classes

class KeyedRef:
    """KeyedRef(ob, callback, key): a weak reference to `ob` that also keeps
    `key`; callback(this reference) runs once `ob` died."""

    __slots__ = ("_wr", "_callback", "key", "__weakref__")

    def __init__(self, ob, callback, key):
        self._callback = callback
        self._wr = ref(ob) if callback is None else ref(ob, self._fire)
        self.key = key

    def _fire(self, _wr):
        self._callback(self)

    def __call__(self):
        return self._wr()

    @property
    def __callback__(self):
        """The callback, None once it was called (or if there is none)."""
        return None if self._wr.__callback__ is None else self._callback

    def __hash__(self):
        return hash(self._wr)

    def __eq__(self, other):
        return _ref_eq(self, other)

    def __repr__(self):
        return _ref_repr(self, self._wr())

    __class_getitem__ = classmethod(_class_getitem)


class WeakMethod:
    """WeakMethod(method[, callback]): a weak reference to a bound method,
    alive while both its object and its function are (a plain ref to a bound
    method dies at once, the method object being temporary)."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "_alive", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self_ref = ref(self)

        def part_died(_wr):
            wm = self_ref()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self._obj_ref = ref(obj, part_died)
        self._func_ref = ref(func, part_died)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        try:
            return self._meth_type(func, obj)
        except TypeError:
            # pyjit cannot construct method objects yet ("cannot create
            # 'method' instances"); binding through the function is the same.
            return func.__get__(obj, type(obj))

    @property
    def __callback__(self):
        """The internal callback, None once the method's object died."""
        return self._obj_ref.__callback__

    def __hash__(self):
        return hash(self._obj_ref)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return _ref_eq(self, other)
        if not (self._alive and other._alive):
            return self is other
        return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref

    def __repr__(self):
        return _ref_repr(self, self._obj_ref())

    __class_getitem__ = classmethod(_class_getitem)


def _native_ref(x):
    """The native reference behind a reference-like object, or None."""
    if isinstance(x, ref):
        return x
    if isinstance(x, KeyedRef):
        return x._wr
    if isinstance(x, WeakMethod):
        return x._obj_ref
    return None


def _ref_eq(a, b):
    """a == b as CPython compares references: by referent while both live,
    by identity once one died."""
    other = _native_ref(b)
    if other is None:
        return NotImplemented
    x, y = _native_ref(a)(), other()
    if x is None or y is None:
        return a is b
    return x == y


# -- removals of dead entries, deferred while an iteration runs

def _make_remover(container):
    """The callback for `container`'s references: drop the dead entry now, or
    when the running iterations are over."""
    container_ref = ref(container)

    def remove(wr):
        c = container_ref()
        if c is not None:
            if c._iterating:
                c._pending_removals.append(wr)
            else:
                c._drop(wr)

    return remove


def _commit_removals(container):
    """Drop the entries that died during iterations, once none runs."""
    if container._iterating:
        return
    pending = container._pending_removals
    while pending:
        container._drop(pending.pop())


def _pending_count(container):
    """How many entries of container.data are dead and waiting for removal."""
    pending = container._pending_removals
    return sum(1 for wr in pending if container._holds(wr)) if pending else 0


def _end_iteration(container_ref, token):
    container = container_ref()
    if container is not None:
        container._iterating.discard(token)
        _commit_removals(container)


class _IterationGuard:
    """Context manager that defers a weak container's removals while the
    generator holding it iterates over the container's data."""

    __slots__ = ("_container", "_token", "__weakref__")

    def __init__(self, container):
        self._container = ref(container)
        self._token = None

    def __enter__(self):
        container = self._container()
        if container is not None:
            # The token (a reference to this guard) ends the deferral when an
            # abandoned generator and this guard are collected.
            container_ref = self._container
            self._token = ref(self, lambda token: _end_iteration(container_ref, token))
            container._iterating.add(self._token)
        return self

    def __exit__(self, *exc_info):
        _end_iteration(self._container, self._token)


# -- dictionaries

class _MergeOperators:
    """`|`, `|=` and the reflected `|` of the weak dictionaries (PEP 584)."""

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = self.__class__()
        new.update(other)
        new.update(self)
        return new


class WeakValueDictionary(_MergeOperators, _MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _make_remover(self)
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _holds(self, kr):
        return self.data.get(kr.key) is kr

    def _drop(self, kr):
        if self._holds(kr):
            del self.data[kr.key]

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        if self.data.pop(key)() is None:
            raise KeyError(key)

    def __len__(self):
        return len(self.data) - _pending_count(self)

    def __contains__(self, key):
        try:
            kr = self.data[key]
        except KeyError:
            return False
        return kr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        try:
            kr = self.data[key]
        except KeyError:
            return default
        value = kr()
        return default if value is None else value

    def keys(self):
        with _IterationGuard(self) as guard:  # noqa: F841 (held while iterating)
            for key, kr in self.data.items():
                if kr() is not None:
                    yield key

    __iter__ = keys

    def items(self):
        with _IterationGuard(self) as guard:  # noqa: F841
            for key, kr in self.data.items():
                value = kr()
                if value is not None:
                    yield key, value

    def values(self):
        with _IterationGuard(self) as guard:  # noqa: F841
            for kr in self.data.values():
                value = kr()
                if value is not None:
                    yield value

    def itervaluerefs(self):
        """Iterate over the KeyedRefs to the values (check each for None when
        calling it: a value may die meanwhile)."""
        with _IterationGuard(self) as guard:  # noqa: F841
            yield from self.data.values()

    def valuerefs(self):
        """A list of the KeyedRefs to the values (each may die later)."""
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, kr = self.data.popitem()
            value = kr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                data[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new


class WeakKeyDictionary(_MergeOperators, _MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key
    dies. The keys must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _make_remover(self)
        self._pending_removals = []
        self._iterating = set()
        if dict is not None:
            self.update(dict)

    def _holds(self, wr):
        return wr in self.data

    def _drop(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data) - _pending_count(self)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        with _IterationGuard(self) as guard:  # noqa: F841 (held while iterating)
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def items(self):
        with _IterationGuard(self) as guard:  # noqa: F841
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def values(self):
        with _IterationGuard(self) as guard:  # noqa: F841
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (each may die later)."""
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new


# -- WeakSet

_WEAKSET_INTERNALS = ("data", "_remove", "_pending_removals", "_iterating")


# WeakSet's algebra goes element by element through `in`, add and discard:
# pyjit's set-with-set operations (a - b, a <= b, a == b,
# intersection_update ...) do not call __eq__ yet, and references to one
# object are distinct objects equal through their referent.

def _refs_to(items):
    """A set of the references to `items` (TypeError for one that cannot
    be weakly referenced)."""
    return {ref(item) for item in items}


def _all_in(refs, container):
    return all(wr in container for wr in refs)


class WeakSet:
    """A set whose elements are held weakly: an element goes away when it
    dies. The elements must be hashable and weakly referenceable."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _make_remover(self)
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _holds(self, wr):
        return wr in self.data

    def _drop(self, wr):
        self.data.discard(wr)

    def __iter__(self):
        with _IterationGuard(self) as guard:  # noqa: F841 (held while iterating)
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - _pending_count(self)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def _extra_state(self):
        """Attributes a subclass added (for copies), or None."""
        extra = {k: v for k, v in self.__dict__.items() if k not in _WEAKSET_INTERNALS}
        return extra or None

    def __reduce__(self):
        """For copy.copy: a new set of the same elements (and the attributes
        of a subclass)."""
        return self.__class__, (list(self),), self._extra_state()

    def __deepcopy__(self, memo):
        # The elements are shared, not copied: copies would have no other
        # reference and die at once.
        from copy import deepcopy
        new = self.__class__(self)
        memo[id(self)] = new
        extra = self._extra_state()
        if extra:
            new.__dict__.update(deepcopy(extra, memo))
        return new

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.discard(ref(item))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = _refs_to(other)
        for wr in [wr for wr in self.data if wr not in keep]:
            self.data.discard(wr)
        return self

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
            return self
        data = self.data
        for wr in {ref(item, self._remove) for item in other}:
            if wr in data:
                data.discard(wr)
            else:
                data.add(wr)
        return self

    def union(self, other):
        return self.__class__(item for s in (self, other) for item in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def issubset(self, other):
        return _all_in(self.data, _refs_to(other))

    __le__ = issubset

    def issuperset(self, other):
        return _all_in(_refs_to(other), self.data)

    __ge__ = issuperset

    def __lt__(self, other):
        others = _refs_to(other)
        return len(self.data) < len(others) and _all_in(self.data, others)

    def __gt__(self, other):
        others = _refs_to(other)
        return len(self.data) > len(others) and _all_in(others, self.data)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        others = _refs_to(other)
        return len(self.data) == len(others) and _all_in(self.data, others)

    __class_getitem__ = classmethod(_class_getitem)


# CPython defines WeakSet in _weakrefset; its repr and pickles say so.
WeakSet.__module__ = "_weakrefset"
_MutableSet.register(WeakSet)


# -- finalize

class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj dies or when the finalizer is called, whichever is first.

    A finalizer is alive until then. Its state lives in a class-level
    registry, keeping it (and func, args) alive as long as obj is."""

    __slots__ = ()

    _registry = {}    # live finalizer -> _Info, in creation order

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs
        info.atexit = True
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs); else None."""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **info.kwargs)

    def _live_info(self):
        """(info, obj) while alive and obj lives, else (None, None)."""
        info = self._registry.get(self)
        obj = info.weakref() if info else None
        return (info, obj) if obj is not None else (None, None)

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs); else None."""
        info, obj = self._live_info()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs)

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else None."""
        info, obj = self._live_info()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs)

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer should run at exit (pyjit never runs them)."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        _, obj = self._live_info()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
