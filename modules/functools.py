"""Higher-order functions and operations on callables (the functools module),
written for pyjit.

Provides reduce, partial, partialmethod, update_wrapper, wraps,
WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, lru_cache (maxsize None/0/n, typed,
cache_info() returning a CacheInfo named tuple, cache_clear,
cache_parameters), cache, total_ordering, cmp_to_key, cached_property,
singledispatch and singledispatchmethod, with CPython 3.11's behaviour and
error messages (partial flattens nested partials and has CPython's repr,
read-only func/args/keywords, __reduce__/__setstate__; lru_cache uses the
same cache keys, so f(1) and f(1.0) are separate entries, and evicts the
least recently used entry).

Known gaps:
- lru_cache returns a plain function (CPython: a functools._lru_cache_wrapper
  object); it is not thread-safe and has no __reduce__/__copy__ of its own.
- cmp_to_key's objects are instances of a Python class KeyWrapper, so
  hash() reports "unhashable type: 'KeyWrapper'" (CPython:
  'functools.KeyWrapper') and a call with a wrong argument count gives
  Python's own TypeError message.
- partial keeps func/args/keywords in slots; while pyjit shows slot values
  in an instance's __dict__, vars(partial_object) lists them too.
- cached_property takes no lock (pyjit has no threads).
- singledispatch keeps its dispatch cache in a plain dict (no weak
  references); classes that are subclasses of a registered ABC only
  virtually (register()/__subclasshook__) are ranked right after the first
  class of the MRO that implies them, a simplification of CPython's composed
  MRO that agrees with it for the usual cases; with an ABC registered,
  dispatch results are not cached (pyjit's abc.get_cache_token() does not
  change on ABC.register). Registering a union type
  (int | str) works only where the VM has types.UnionType. The registry is a
  mappingproxy.
- partial[int] and the other __class_getitem__ return the class itself, as
  the VM does for list[int].
"""

from abc import get_cache_token

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


def _class_getitem(cls, item):
    return cls


# update_wrapper / wraps ------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped and return it.

    Each attribute named in `assigned` that wrapped has is copied onto wrapper;
    for each name in `updated`, wrapper's attribute (a dict) is updated from
    wrapped's. wrapper.__wrapped__ is then set to wrapped.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applied to g calls
    update_wrapper(g, f, assigned, updated).
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# reduce --------------------------------------------------------------------

_no_initial = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left with the two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c). An initial value, when given, comes
    before the first item and is the result for an empty iterable.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n == 2:
        function, iterable = args
        value = _no_initial
    elif n == 3:
        function, iterable, value = args
    elif n < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % n)
    else:
        raise TypeError('reduce expected at most 3 arguments, got %d' % n)
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if value is _no_initial:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        value = function(value, item)
    return value


# partial -------------------------------------------------------------------

class _ReadOnlyMember:
    """A read-only view of a hidden slot (partial.func and friends)."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


_partial_slots = ('_partial_func', '_partial_args', '_partial_kw')

# ids of the partial objects whose repr is being computed (recursion guard)
_repr_running = set()


def _own_attrs(obj):
    # The instance attributes of a partial, its hidden slots left out.
    try:
        d = obj.__dict__
    except AttributeError:
        return False
    for name in d:
        if name not in _partial_slots:
            return True
    return False


class partial:
    """partial(func, *args, **keywords): a callable that calls func with the
    stored arguments followed by the ones of the call (call keywords win).
    """

    __slots__ = ('_partial_func', '_partial_args', '_partial_kw',
                 '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__
                and not _own_attrs(func)):
            args = func._partial_args + args
            if func._partial_kw:
                keywords = {**func._partial_kw, **keywords}
            func = func._partial_func
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = object.__new__(cls)
        self._partial_func = func
        self._partial_args = args
        self._partial_kw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        kw = self._partial_kw
        if keywords:
            if kw:
                keywords = {**kw, **keywords}
            return self._partial_func(*self._partial_args, *args, **keywords)
        if kw:
            return self._partial_func(*self._partial_args, *args, **kw)
        pargs = self._partial_args
        if len(pargs) == 1 and len(args) == 1:
            # The common partial(f, x)(y): a plain call is much cheaper in
            # pyjit than one that unpacks tuples.
            return self._partial_func(pargs[0], args[0])
        return self._partial_func(*pargs, *args)

    func = _ReadOnlyMember('_partial_func', 'function object to use in future partial calls')
    args = _ReadOnlyMember('_partial_args', 'tuple of arguments to future partial calls')
    keywords = _ReadOnlyMember('_partial_kw', 'dictionary of keyword arguments to future partial calls')

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._partial_func)]
            for arg in self._partial_args:
                parts.append(repr(arg))
            for k, v in self._partial_kw.items():
                parts.append('%s=%r' % (k, v))
            cls = type(self)
            name = 'functools.partial' if cls is partial else cls.__name__
            return '%s(%s)' % (name, ', '.join(parts))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        attrs = {}
        try:
            d = self.__dict__
        except AttributeError:
            d = {}
        for name in d:
            if name not in _partial_slots:
                attrs[name] = d[name]
        return (type(self), (self._partial_func,),
                (self._partial_func, self._partial_args, self._partial_kw,
                 attrs or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kw, attrs = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kw is not None and not isinstance(kw, dict))):
            raise TypeError('invalid partial state')
        if type(args) is not tuple:
            args = tuple(args)
        if kw is None:
            kw = {}
        elif type(kw) is not dict:
            kw = dict(kw)
        self._partial_func = func
        self._partial_args = args
        self._partial_kw = kw
        if attrs is not None:
            for name, value in attrs.items():
                setattr(self, name, value)

    __class_getitem__ = classmethod(_class_getitem)


class partialmethod(object):
    """Like partial, but a descriptor: the stored arguments follow self (or the
    class) when the attribute is looked up on an instance or class.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost descriptor.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join([repr(a) for a in self.args])
        keywords = ', '.join(['{}={!r}'.format(k, v) for k, v in self.keywords.items()])
        cls = type(self)
        return '{}.{}({}, {}, {})'.format(cls.__module__, cls.__qualname__,
                                         self.func, args, keywords)

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**pm.keywords, **keywords}
            return pm.func(cls_or_self, *pm.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        get = getattr(func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_class_getitem)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# lru_cache -----------------------------------------------------------------

class CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    _field_defaults = {}
    __match_args__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 4:
            raise TypeError('Expected 4 arguments, got %d' % len(values))
        return tuple.__new__(cls, values)

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(self._fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return tuple.__new__(type(self), values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return '%s(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % (
            (type(self).__name__,) + tuple(self))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')


_CacheInfo = CacheInfo
del CacheInfo

# Separates the positional from the keyword arguments in a cache key.
_kwd_mark = object()


def _make_key(args, kwds, typed):
    """Make a cache key from the call's arguments, as the C lru_cache does:
    a lone int or str argument is its own key, otherwise a tuple of the
    positional arguments, a marker and the keyword items, then (if typed)
    the types of all the values."""
    if not kwds and not typed:
        if len(args) == 1:
            arg = args[0]
            if type(arg) is int or type(arg) is str:
                return arg
        return args
    key = args
    if kwds:
        items = [_kwd_mark]
        for k, v in kwds.items():
            items.append(k)
            items.append(v)
        key = key + tuple(items)
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    missing = object()
    cache = {}
    hits = 0
    misses = 0
    cache_get = cache.get
    cache_pop = cache.pop

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed or len(args) != 1:
                key = _make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            result = cache_get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed or len(args) != 1:
                key = _make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            # A hit moves the entry to the end of the (insertion ordered)
            # dict, so the first entry is always the least recently used.
            result = cache_pop(key, missing)
            if result is not missing:
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call itself (recursively) cached this key already.
                return result
            if len(cache) >= maxsize:
                for oldest in cache:
                    break
                del cache[oldest]
            cache[key] = result
            return result

    def cache_info():
        """The cache statistics, as a CacheInfo named tuple."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset the statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoizes a function, keeping at most maxsize results.

    maxsize=None never evicts; otherwise the least recently used result is
    dropped when the cache is full. typed=True keeps arguments of different
    types (3 and 3.0) apart. Arguments must be hashable. The decorated
    function has cache_info(), cache_clear(), cache_parameters() and
    __wrapped__. Usable bare (@lru_cache) or with arguments.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare decorator: @lru_cache
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """Unbounded memoizing decorator, the same as lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# total_ordering ----------------------------------------------------------------
# Each derived method asks the class's root comparison and returns
# NotImplemented unchanged.

def _gt_from_lt(self, other):
    'a > b, derived by total_ordering from <.'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    'a <= b, derived by total_ordering from <.'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    'a >= b, derived by total_ordering from <.'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    'a >= b, derived by total_ordering from <=.'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    'a < b, derived by total_ordering from <=.'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    'a > b, derived by total_ordering from <=.'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    'a < b, derived by total_ordering from >.'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    'a >= b, derived by total_ordering from >.'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    'a <= b, derived by total_ordering from >.'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    'a <= b, derived by total_ordering from >=.'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    'a > b, derived by total_ordering from >=.'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    'a < b, derived by total_ordering from >=.'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_derived_orderings = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    add the other ordering methods the class lacks.
    """
    defined = []
    # Preference when several are defined: __lt__, then __le__, __gt__, __ge__.
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.append(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, func in _derived_orderings[root]:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# cmp_to_key --------------------------------------------------------------------

class KeyWrapper:
    """A key object built by cmp_to_key: calling it wraps a value, and
    wrapped values compare through the comparison function."""

    __slots__ = ('obj', '_cmp')
    __hash__ = None

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self._cmp, obj)

    def __lt__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) > 0

    def __le__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) >= 0

    def __eq__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) != 0


_KeyWrapper = KeyWrapper
del KeyWrapper


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive
    result) into a key function for sorted(), min(), max() and friends.
    """
    return _KeyWrapper(mycmp, None)


# cached_property ---------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, name)) from None
        value = cache.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[name] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support item "
                    "assignment for caching %r property."
                    % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(_class_getitem)


# singledispatch ----------------------------------------------------------------

def _read_only_view(mapping):
    return type(type.__dict__)(mapping)


def _is_union_type(cls):
    return (type(cls).__name__ == 'UnionType'
            and type(cls).__module__ in ('types', 'builtins'))


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if _is_union_type(cls):
        for arg in cls.__args__:
            if not isinstance(arg, type):
                return False
        return True
    return False


def _first_annotation(func):
    # The first (name, type) of func's annotations, string annotations
    # evaluated in the function's globals, as typing.get_type_hints does.
    for name, hint in func.__annotations__.items():
        if hint is None:
            hint = type(None)
        elif isinstance(hint, str):
            hint = eval(hint, getattr(func, '__globals__', {}))
        return name, hint


def _virtual_bases(cls, registry, mro):
    # Registered classes that cls derives from only virtually (ABCs with
    # register() or __subclasshook__), strict bases of others left out.
    found = []
    for typ in registry:
        if typ in mro or not isinstance(typ, type):
            continue
        try:
            if issubclass(cls, typ):
                found.append(typ)
        except TypeError:
            pass
    return [t for t in found
            if not any(o is not t and t in o.__mro__ for o in found)]


def _find_impl(cls, registry):
    mro = cls.__mro__
    virtual = _virtual_bases(cls, registry, mro)
    for c in mro:
        if c in registry:
            return registry[c]
        if not virtual:
            continue
        # Virtual bases implied by c itself (not by one of its bases)
        # rank right after c.
        implied = []
        for typ in virtual:
            if issubclass(c, typ) and not any(issubclass(b, typ) for b in c.__bases__):
                implied.append(typ)
        if implied:
            match = implied[0]
            for typ in implied[1:]:
                if not issubclass(match, typ) and not issubclass(typ, match):
                    raise RuntimeError('Ambiguous dispatch: {} or {}'.format(match, typ))
            return registry[match]
    return registry.get(object)


def singledispatch(func):
    """Decorator turning func into a generic function that picks an
    implementation by the class of its first argument.

    func handles `object`; add implementations with .register(cls) or
    .register on a function whose first parameter is annotated. The most
    specific match along the argument's MRO wins.
    """
    registry = {}
    dispatch_cache = {}
    has_abcs = False

    def dispatch(cls):
        """Return the implementation that would handle an argument of class cls."""
        if has_abcs:
            # Virtual subclass relations (ABC.register) can change at any
            # time, and pyjit's abc.get_cache_token() does not track them,
            # so with ABCs in the registry nothing is cached.
            impl = registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, registry)
            return impl
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls (or, with a single argument, for the annotated
        type of a function's first parameter, or as a decorator factory).
        """
        nonlocal has_abcs
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    'Invalid first argument to `register()`. '
                    '%r is not a class or union type.' % (cls,))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.' % (cls,))
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. '
                                    '%r not all arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. '
                                '%r is not a class.' % (argname, cls))
        if _is_union_type(cls):
            targets = cls.__args__
        else:
            targets = (cls,)
        for typ in targets:
            registry[typ] = func
            if hasattr(typ, '__abstractmethods__'):
                has_abcs = True
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _read_only_view(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls).
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method for cls; see singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
