"""Shallow and deep copy operations (copy.copy, copy.deepcopy), written for pyjit.

Containers of the built-in types are copied directly; other objects through
__copy__/__deepcopy__, then __reduce_ex__-style reconstruction of plain instances
(new object of the same class, attributes copied from __dict__ and __slots__).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__"):
                names.append(name)
    return names


def _instance_state(x):
    state = dict(getattr(x, "__dict__", {}))
    slots = {}
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    return state, slots


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    if isinstance(x, (list, dict, set, bytearray)):
        y = cls.__new__(cls)
        if isinstance(x, dict):
            y.update(x)
        elif isinstance(x, set):
            y.update(x)
        else:
            y.extend(x)
        _restore(y, *_instance_state(x), deep=False)
        return y
    if isinstance(x, (tuple, int, float, str, bytes, frozenset)):
        return x
    if hasattr(x, "__reduce_ex__") and type(x).__reduce_ex__ is not object.__reduce_ex__:
        return _reconstruct(x, x.__reduce_ex__(4), False, None)
    y = _new_like(x)
    _restore(y, *_instance_state(x), deep=False)
    return y


def _restore(y, state, slots, deep, memo=None):
    if deep:
        state = deepcopy(state, memo)
        slots = deepcopy(slots, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and state:
        setstate(state)
        return
    if state:
        y.__dict__.update(state)
    for k, v in slots.items():
        setattr(y, k, v)


def _reconstruct(x, rv, deep, memo):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; `memo` maps id() of copied objects to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that holds no copied objects is reused, as in CPython.
        if all(i is j for i, j in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = _new_like(x)
        memo[d] = y
        if isinstance(x, list):
            y.extend(deepcopy(a, memo) for a in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        _restore(y, *_instance_state(x), deep=True, memo=memo)
    if y is not x:
        memo[d] = y
        # Keep x alive so its id is not reused while the memo is in use.
        memo.setdefault(id(memo), []).append(x)
    return y
