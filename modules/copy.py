"""Shallow and deep copy operations (copy.copy, copy.deepcopy), written for pyjit.

copy(x) and deepcopy(x[, memo]) follow the order of CPython 3.11's module:

1. built-in types by exact type: atomic values (None, numbers, str, bytes,
   functions, classes, code, range, property; for copy() also tuple, frozenset
   and slice) are returned as they are; copy() copies list, dict, set and
   bytearray, deepcopy() copies list, dict and tuple (a tuple whose items all
   come back identical is returned itself) and rebinds methods to a deep copy
   of their object;
2. classes (instances of type or of a metaclass) are returned as they are;
3. __copy__ (looked up on the class) or __deepcopy__(memo) (on the object);
4. a reducer registered in copyreg.dispatch_table for the exact type, when a
   copyreg module exists (pyjit has none, so the table is empty);
5. x.__reduce_ex__(4), or x.__reduce__() when __reduce_ex__ is None; a str
   result means "a global: return x itself"; otherwise the tuple
   (callable, args[, state[, listitems[, dictitems]]]) is rebuilt as CPython's
   _reconstruct does (state through __setstate__, else into __dict__ and, for a
   (dict, slots) pair, setattr of each slot; listitems appended, dictitems
   stored; with deepcopy, args, state and items are deep-copied and the new
   object is in memo before its state is copied, so cycles work).

pyjit's object has no __reduce_ex__, __reduce__ or __getstate__, so when the
VM lacks them this module does what CPython's object.__reduce_ex__(4) does: a
__reduce__ defined by a class is called; otherwise new arguments come from
__getnewargs_ex__ or __getnewargs__ (int, float, complex, str, bytes and tuple
subclasses supply their value as CPython's do), the object is made with
cls.__new__(cls, *args, **kwargs) (never __init__), its state is __getstate__()
or the default (the instance __dict__, or None if empty, paired with a dict of
the set __slots__ values; the slot names are cached in cls.__slotnames__ as
copyreg does), and list and dict subclasses carry their items. The reductions
CPython's built-in types define are supplied for set, frozenset, bytearray,
slice, bound methods and exceptions (OSError's filename, ImportError's name and
path); other built-in objects with no Python-visible state (generators,
modules, files, views...) raise CPython's "cannot pickle 'X' object"
TypeError. The methods are looked up on the class, as CPython finds object's
own there (so a __getattr__ is not asked for them); what a class defines is
cached per class and rescanned when a class in its MRO gains or loses an
attribute. When the VM provides object.__reduce_ex__, it is used as is.

Differences: items of containers that are atomic (numbers, str, None...) are
not looked up in memo; a default-reduced instance's __dict__ state is restored
with object.__setattr__ when no class attribute has one of its names (the same
effect as __dict__.update, but pyjit keeps the attributes in its fast storage).

Known gaps: built-in iterators (list_iterator, zip, map, enumerate...) and
super objects, which CPython copies through their __reduce__, raise TypeError;
a __reduce_ex__, __reduce__ or __getstate__ set on the instance rather than
its class is ignored when the VM lacks object's versions; user code cannot
call object.__reduce_ex__/__getstate__ (e.g. super().__getstate__()) on pyjit;
replacing a class's __bases__ after a copy is not noticed by the cache.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name, kept by CPython too

try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}

try:
    from weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None


def _sample_function():
    pass


class _Sample:
    def method(self):
        pass


_FunctionType = type(_sample_function)
_CodeType = type(_sample_function.__code__)
_MethodType = type(_Sample().method)
_BuiltinFunctionType = type(len)

# True when the VM's object supplies the reduce protocol itself (CPython).
_NATIVE_REDUCE = hasattr(object, "__reduce_ex__")

_MISSING = object()


# ---------------------------------------------------------------- copy()

def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif _NATIVE_REDUCE:
        rv = _reduce(x, cls, "shallow")
    else:
        info = _scan(cls)
        rv = _emulated_reduce(x, cls, info, "shallow")
        if rv is info:
            return _rebuild(x, cls, info, None)
    if isinstance(rv, str):
        return x
    if type(rv) is not tuple:
        _check_star_value(rv)
    return _reconstruct(x, None, *rv)


def _copy_same(x):
    return x


_copy_dispatch = {}
for _t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
           type, range, slice, property, _BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), _FunctionType, _CodeType, _weakref_type):
    if _t is not None:
        _copy_dispatch[_t] = _copy_same
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


# ---------------------------------------------------------------- deepcopy()

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id() of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = dispatch_table.get(cls)
            info = _MISSING
            if reductor is not None:
                rv = reductor(x)
            elif _NATIVE_REDUCE:
                rv = _reduce(x, cls, "deep")
            else:
                info = _scan(cls)
                rv = _emulated_reduce(x, cls, info, "deep")
            if rv is info:
                y = _rebuild(x, cls, info, memo)
            elif isinstance(rv, str):
                y = x
            else:
                if type(rv) is not tuple:
                    _check_star_value(rv)
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Hold x in the memo so that its id is not reused while the memo lives."""
    key = id(memo)
    alive = memo.get(key)
    if alive is None:
        memo[key] = [x]
    else:
        alive.append(x)


def _deepcopy_same(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    atomic = _deep_atomic
    for item in x:
        # An atomic item is its own copy (deepcopy would return it too).
        append(item if type(item) in atomic else deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    atomic = _deep_atomic
    for key, value in x.items():
        if type(key) not in atomic:
            key = deepcopy(key, memo)
        y[key] = value if type(value) in atomic else deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    atomic = _deep_atomic
    items = [a if type(a) in atomic else deepcopy(a, memo) for a in x]
    # Copying the items may have copied x itself (a cycle through a list).
    done = memo.get(id(x), _MISSING)
    if done is not _MISSING:
        return done
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_method(x, memo):
    obj = deepcopy(x.__self__, memo)
    if _METHOD_TYPE_CALLABLE:
        return type(x)(x.__func__, obj)
    # pyjit cannot call the method type: bind the function again instead.
    return x.__func__.__get__(obj, type(obj))


try:
    _METHOD_TYPE_CALLABLE = _MethodType(_sample_function, 0) is not None
except TypeError:
    _METHOD_TYPE_CALLABLE = False

_deep_atomic = {}
for _t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, bytes, str, _CodeType, type, range, _BuiltinFunctionType,
           _FunctionType, _weakref_type, property):
    if _t is not None:
        _deep_atomic[_t] = _deepcopy_same
_deepcopy_dispatch = dict(_deep_atomic)
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
del _t


# ---------------------------------------------------------------- rebuilding

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    elif type(args) is not tuple:
        _check_star_args(func, args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if not _NATIVE_REDUCE and isinstance(y, BaseException):
        # BaseException.__setstate__, which pyjit's exceptions lack.
        if not isinstance(state, dict):
            raise TypeError("state is not a dictionary")
        for key, value in state.items():
            setattr(y, key, value)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _newobj(cls, *args):
    """What copyreg.__newobj__ does: a new instance without calling __init__."""
    if args and cls.__new__ is object.__new__ and cls.__init__ is object.__init__:
        # CPython's object.__new__ refuses arguments here; pyjit's accepts them.
        raise TypeError("%s() takes no arguments" % cls.__name__)
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    """copyreg.__newobj_ex__: cls.__new__ with keyword arguments too."""
    if (args or kwargs) and cls.__new__ is object.__new__ and cls.__init__ is object.__init__:
        raise TypeError("%s() takes no arguments" % cls.__name__)
    return cls.__new__(cls, *args, **kwargs)


def _function_str(func):
    # How CPython names a callable in "argument after *" errors.
    try:
        qualname = func.__qualname__
    except AttributeError:
        return str(func)
    module = getattr(func, "__module__", None)
    if isinstance(module, str) and module != "builtins":
        return "%s.%s()" % (module, qualname)
    return "%s()" % (qualname,)


def _is_star_iterable(value):
    t = type(value)
    return hasattr(t, "__iter__") or hasattr(t, "__getitem__")


def _check_star_value(rv):
    # CPython reports a non-iterable reduce value this way (the call
    # _reconstruct(x, memo, *rv) has arguments before the star).
    if not _is_star_iterable(rv):
        raise TypeError("Value after * must be an iterable, not %s"
                        % type(rv).__name__)


def _check_star_args(func, args):
    if not _is_star_iterable(args):
        raise TypeError("%s argument after * must be an iterable, not %s"
                        % (_function_str(func), type(args).__name__))


# ---------------------------------------------------------------- reducing

def _reduce(x, cls, kind):
    """x.__reduce_ex__(4), or x.__reduce__(), as CPython's copy asks for them."""
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


# What follows stands in for object.__reduce_ex__ and the reductions of the
# built-in types when the VM lacks them (pyjit).

# The methods of the protocol that a class written in Python may define.
_PROTOCOL = ("__reduce_ex__", "__reduce__", "__getnewargs_ex__", "__getnewargs__",
             "__getstate__", "__setstate__", "__getattr__", "__slots__")


def _scan(cls):
    """What the emulation needs to know about cls, from one pass over its MRO.

    A tuple: the protocol names that its classes written in Python define; its
    first built-in base other than object, or None; the namespaces of those
    classes; all the names in them; whether its instances have a __dict__; and
    the list of names of each namespace, which keeps the cached tuple valid
    only while no class in the MRO gains or loses an attribute."""
    info = _scan_cache.get(cls)
    if info is not None:
        keys = info[5]
        i = 0
        for space in info[2]:
            if list(space) != keys[i]:
                break
            i += 1
        else:
            return info
    names = set()
    native = None
    spaces = []
    attrs = set()
    has_dict = False
    for c in cls.__mro__:
        if c is object:
            continue
        space = c.__dict__
        if "__module__" not in space:
            # A class statement (or type()) always puts __module__ there.
            if native is None:
                native = c
            continue
        spaces.append(space)
        attrs.update(space)
        for name in _PROTOCOL:
            if name in space:
                names.add(name)
        slots = space.get("__slots__", ("__dict__",))
        if slots == "__dict__" or (not isinstance(slots, str) and "__dict__" in slots):
            has_dict = True
    info = (names, native, spaces, attrs, has_dict, [list(space) for space in spaces])
    if len(_scan_cache) >= 1000:
        _scan_cache.clear()
    _scan_cache[cls] = info
    return info


_scan_cache = {}


def _emulated_reduce(x, cls, info, kind):
    """x.__reduce_ex__(4) where the VM's object has no such method; info (from
    _scan) itself when object.__reduce_ex__ would make the default reduction,
    which _rebuild then carries out."""
    names = info[0]
    native = info[1]
    # Methods are looked up on the class, as CPython finds object's own there:
    # a __getattr__ of the class is never asked for them.
    if "__reduce_ex__" in names:
        reductor = x.__reduce_ex__
        if reductor is not None:
            rv = reductor(4)
        elif "__reduce__" in names:
            reductor = x.__reduce__
            if reductor is None:
                raise Error("un(%s)copyable object of type %s" % (kind, cls))
            rv = reductor()
        else:
            # __reduce_ex__ = None: copy calls object.__reduce__ (protocol 0).
            rv = _native_reduction(x, native)
            if rv is _MISSING:
                rv = _object_reduce(x, cls, info)
    elif native is not None and issubclass(native, bytearray):
        rv = _reduce_bytearray(x)
    elif "__reduce__" in names:
        rv = x.__reduce__()
    else:
        rv = _native_reduction(x, native)
        if rv is _MISSING:
            return info
    return rv


def _native_reduction(x, native):
    """The __reduce__ of x's built-in base, if pyjit lacks one CPython has."""
    if native is not None:
        for c in native.__mro__:
            f = _native_reduce.get(c)
            if f is not None:
                return f(x)
    return _MISSING


def _rebuild(x, cls, info, memo):
    """What _reconstruct makes of object.__reduce_ex__(x, 4), in one step."""
    names = info[0]
    native = info[1]
    # The reduction: new arguments, state, items, in CPython's order.
    args, kwargs = _new_arguments(x, names, native)
    is_list = isinstance(x, list)
    is_dict = isinstance(x, dict)
    state = _getstate(x, cls, info, args is None and not is_list and not is_dict)
    listitems = iter(x) if is_list else None
    dictitems = iter(x.items()) if is_dict else None
    # The reconstruction.
    deep = memo is not None
    if kwargs:
        if deep:
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        y = _newobj_ex(cls, args, kwargs)
    elif args:
        if deep:
            args = [deepcopy(arg, memo) for arg in args]
        y = _newobj(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if (type(y) is not cls or "__setstate__" in names or "__getattr__" in names
                or (native is not None and native not in _no_setstate)):
            _set_state(y, state)
        else:
            # No __setstate__ anywhere (pyjit's built-in bases have none).
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                _update_dict(y, state, info)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        if deep:
            for item in listitems:
                y.append(deepcopy(item, memo))
        else:
            for item in listitems:
                y.append(item)
    if dictitems is not None:
        if deep:
            for key, value in dictitems:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictitems:
                y[key] = value
    return y


_setattr = object.__setattr__


def _update_dict(y, state, info):
    """y.__dict__.update(state). When no class attribute can tell the two apart,
    the attributes are set one by one instead: pyjit then keeps y's attributes
    in its fast storage (asking for __dict__ moves an instance to a dict)."""
    if type(state) is dict and "__slots__" not in info[0] and info[1] in _no_setstate:
        attrs = info[3]
        for key in state:
            if type(key) is not str or key in attrs or key[:2] == "__":
                break
        else:
            for key, value in state.items():
                _setattr(y, key, value)
            return
    y.__dict__.update(state)


def _new_arguments(x, names, native):
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__; (None, None) if neither."""
    if "__getnewargs_ex__" in names:
        r = x.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%.200s'" % type(kwargs).__name__)
        return args, kwargs
    if "__getnewargs__" in names:
        args = x.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return args, None
    if native is not None:
        for c in native.__mro__:
            f = _native_newargs.get(c)
            if f is not None:
                return f(x), None
    return None, None


def _getstate(x, cls, info, required):
    """x.__getstate__() as CPython 3.11 computes it."""
    if "__getstate__" in info[0]:
        return x.__getstate__()
    # object.__getstate__: None, the __dict__, or (the __dict__ or None, slots).
    native = info[1]
    if required and native not in _plain_natives:
        raise TypeError(_cannot_pickle.get(cls.__name__)
                        or "cannot pickle %r object" % cls.__name__)
    state = None
    if info[4]:
        # (asking a slotted instance for __dict__ is slow and would call
        # its __getattr__)
        try:
            state = x.__dict__
        except AttributeError:
            pass
        if not state:
            state = None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            if state is not None:
                # pyjit keeps slot values in __dict__ when the class has both.
                for name in slots:
                    if name in state:
                        state = {k: v for k, v in state.items() if k not in slots}
                        break
                if not state:
                    state = None
            state = (state, slots)
    return state


def _slotnames(cls):
    """Names of the __slots__ of cls and its bases (private names mangled),
    cached in cls.__slotnames__ as copyreg does."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            space = c.__dict__
            if "__slots__" not in space:
                continue
            slots = space["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name == "__dict__" or name == "__weakref__":
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _object_reduce(x, cls, info):
    """object.__reduce__(): the protocol 0 reduction of copyreg._reduce_ex."""
    base = info[1] or object
    if base is object:
        basestate = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        basestate = base(x)
    if "__getstate__" in info[0]:
        state = x.__getstate__()
    else:
        if getattr(x, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state = _getstate(x, cls, info, False)
    args = (cls, base, basestate)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# Reductions that CPython's built-in types define and pyjit's lack.

def _reduce_set(x):
    cls = type(x)
    return cls, (list(x),), _getstate(x, cls, _scan(cls), False)


def _reduce_bytearray(x):
    cls = type(x)
    args = (bytes(memoryview(x)),) if len(x) else ()
    return cls, args, _getstate(x, cls, _scan(cls), False)


def _reduce_slice(x):
    return slice, (x.start, x.stop, x.step)


def _reduce_method(x):
    return getattr, (x.__self__, x.__func__.__name__)


def _reduce_exception(x):
    args = x.args
    state = x.__dict__ or None
    if isinstance(x, OSError):
        filename = x.filename
        if filename is not None and len(args) >= 2:
            args = (args[0], args[1], filename)
            if x.filename2 is not None:
                args += (None, x.filename2)
    elif isinstance(x, ImportError):
        if x.name is not None or x.path is not None:
            state = dict(state or {})
            if x.name is not None:
                state["name"] = x.name
            if x.path is not None:
                state["path"] = x.path
    if state is None:
        return type(x), args
    return type(x), args, state


_native_reduce = {
    set: _reduce_set,
    frozenset: _reduce_set,
    slice: _reduce_slice,
    _MethodType: _reduce_method,
    BaseException: _reduce_exception,
}

# __getnewargs__ of the immutable built-in types: their plain value.
_native_newargs = {
    int: lambda x: (int.__int__(x),),
    float: lambda x: (float.__float__(x),),
    complex: lambda x: (x.real, x.imag),
    str: lambda x: (str.__str__(x),),
    bytes: lambda x: (bytes(memoryview(x)),),
    tuple: lambda x: (tuple.__getitem__(x, slice(None)),),
}

# Built-in bases (None: only object) whose instances the default reduction
# can rebuild.
_plain_natives = {None, list, dict}

# Built-in bases with no __setstate__ and no data descriptors of their own.
_no_setstate = {None, list, dict, set, frozenset}

# CPython's wording where it differs from "cannot pickle 'name' object".
_cannot_pickle = {
    "memoryview": "cannot pickle memoryview objects",
    "TextIOWrapper": "cannot pickle '_io.TextIOWrapper' object",
    "BufferedReader": "cannot pickle '_io.BufferedReader' object",
}
