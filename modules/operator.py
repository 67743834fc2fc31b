"""Standard operators as functions (the operator module), written for pyjit.

Provides every name of CPython 3.11's operator module: the comparison,
arithmetic, bitwise and sequence functions (lt .. xor, concat, contains,
countOf, indexOf, getitem/setitem/delitem, length_hint, index, call, truth,
not_, is_, is_not, abs), the in-place forms (iadd .. ixor, iconcat), the
dunder aliases (operator.__add__ and friends) and the attrgetter, itemgetter
and methodcaller classes with CPython's reprs and __reduce__.

Known gaps: the functions are Python functions, not built-ins, so their repr
is `<function add ...>`, and calling one with a wrong number of arguments or
with keywords gives Python's own TypeError message ("add() missing 1 required
positional argument: 'b'") instead of CPython's "add expected 2 arguments, got
1". The same holds for calling an itemgetter/attrgetter/methodcaller object
with a wrong argument count. The three getter classes can be subclassed
(CPython refuses).
"""

from builtins import abs as _abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


# Comparisons ---------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


# Logical -------------------------------------------------------------------

def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "bool(a): True for a true value, else False."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# Arithmetic and bitwise -----------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def _type_name(obj):
    return type(obj).__name__


def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int.__index__(a)
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(a)) from None
    result = meth(a)
    if type(result) is int:
        return result
    if isinstance(result, int):
        return int.__index__(result)
    raise TypeError("__index__ returned non-int (type %s)" % _type_name(result))


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# Sequences -----------------------------------------------------------------

# Built-in types whose concatenation is a sequence operation (sq_concat in
# CPython): for them `a + b` is exactly what concat does.
_concat_types = (list, tuple, str, bytes, bytearray)


def _is_sequence(obj):
    return not isinstance(obj, dict) and hasattr(type(obj), '__getitem__')


def _seq_add(a, b, inplace):
    # The numeric-add fallback of PySequence_Concat for two sequences that
    # are not built-in concatenable types: NotImplemented means "can't".
    ta = type(a)
    tb = type(b)
    if inplace:
        meth = getattr(ta, '__iadd__', None)
        if meth is not None:
            result = meth(a, b)
            if result is not NotImplemented:
                return result
    meth = getattr(ta, '__add__', None)
    if meth is not None:
        result = meth(a, b)
        if result is not NotImplemented:
            return result
    if tb is not ta:
        meth = getattr(tb, '__radd__', None)
        if meth is not None:
            result = meth(b, a)
            if result is not NotImplemented:
                return result
    return NotImplemented


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if isinstance(a, _concat_types):
        return a + b
    if _is_sequence(a) and _is_sequence(b):
        result = _seq_add(a, b, False)
        if result is not NotImplemented:
            return result
    raise TypeError("'%s' object can't be concatenated" % _type_name(a))


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def _iter_for_search(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % _type_name(a)) from None


def countOf(a, b, /):
    "Count the items of a that are b or equal to b."
    count = 0
    for item in _iter_for_search(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Position of the first item of a that is b or equal to b."
    i = 0
    for item in _iter_for_search(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """len(obj) when obj has a usable length, else obj.__length_hint__()
    (when defined and not NotImplemented), else default.
    """
    if type(default) is not int:
        default = index(default)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % _type_name(val))
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return int(val)


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# In-place operations -----------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if isinstance(a, _concat_types):
        a += b
        return a
    if _is_sequence(a) and _is_sequence(b):
        result = _seq_add(a, b, True)
        if result is not NotImplemented:
            return result
    raise TypeError("'%s' object can't be concatenated" % _type_name(a))


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# Getter classes ------------------------------------------------------------

# ids of the getter objects whose repr is being computed (recursion guard)
_repr_running = set()


class attrgetter:
    """attrgetter(name, ...): a callable returning obj.name for one name (a
    dotted name follows the chain) or a tuple of the attributes for several.
    """
    __slots__ = ('_attrs', '_name', '_path')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = tuple(paths)
        # Fast paths: _name for one plain name, _path for one dotted name.
        self._name = None
        self._path = None
        if len(paths) == 1:
            if len(paths[0]) == 1:
                self._name = paths[0][0]
            else:
                self._path = paths[0]

    def __call__(self, obj, /):
        name = self._name
        if name is not None:
            return getattr(obj, name)
        path = self._path
        if path is not None:
            for name in path:
                obj = getattr(obj, name)
            return obj
        result = []
        for path in self._attrs:
            value = obj
            for name in path:
                value = getattr(value, name)
            result.append(value)
        return tuple(result)

    def _names(self):
        return tuple(['.'.join(path) for path in self._attrs])

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'operator.attrgetter(...)'
        _repr_running.add(key)
        try:
            names = self._names()
            if len(names) == 1:
                return 'operator.attrgetter(%r)' % (names[0],)
            return 'operator.attrgetter%r' % (names,)
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        return (type(self), self._names())


class itemgetter:
    """itemgetter(item, ...): a callable returning obj[item] for one item or
    a tuple of the items for several.
    """
    __slots__ = ('_items', '_item', '_single')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj, /):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'operator.itemgetter(...)'
        _repr_running.add(key)
        try:
            if self._single:
                return 'operator.itemgetter(%r)' % (self._item,)
            return 'operator.itemgetter%r' % (self._items,)
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        return (type(self), self._items)


class methodcaller:
    """methodcaller(name, *args, **kwargs): a callable that calls
    obj.name(*args, **kwargs).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return 'operator.methodcaller(...)'
        _repr_running.add(key)
        try:
            parts = [repr(self._name)]
            for arg in self._args:
                parts.append(repr(arg))
            for k, v in self._kwargs.items():
                parts.append('%s=%r' % (k, v))
            return 'operator.methodcaller(%s)' % ', '.join(parts)
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        if not self._kwargs:
            return (type(self), (self._name,) + self._args)
        from functools import partial
        return (partial(type(self), self._name, **self._kwargs), self._args)


# Dunder aliases ------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
