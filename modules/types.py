"""types: names for the built-in types, SimpleNamespace, and UnionType (`X | Y`).

`int | str` builds a `types.UnionType` (the VM calls `_union_of` for `|` between
types and None); unions work with isinstance() and issubclass() and compare and
hash by their member set. GenericAlias is what `cls[args]` of library
classes returns (the VM's own `list[int]` is still `list` itself). Not
provided: new_class/prepare_class/resolve_bases, coroutine types,
CellType, FrameType and TracebackType.
"""

import sys


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
GeneratorType = type(_g())
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _C, _g


class GenericAlias:
    """What `cls[params]` returns: remembers the origin class and the arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        if self.__args__:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            inner = "()"
        return "%s[%s]" % (_type_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class SimpleNamespace:
    """A plain attribute namespace: SimpleNamespace(a=1, b=2)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _type_repr(t):
    if t is None or t is NoneType:
        return 'None'
    if t is Ellipsis:
        return '...'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)


def _union_member(t):
    return t is None or isinstance(t, (type, UnionType))


class UnionType:
    """The type of `X | Y` unions of types."""

    __slots__ = ('__args__',)

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.UnionType' object attribute '{name}' is read-only")

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        if not _union_member(other):
            return NotImplemented
        return _union_of(self, other)

    def __ror__(self, other):
        if not _union_member(other):
            return NotImplemented
        return _union_of(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    @property
    def __parameters__(self):
        return ()


def _union_of(a, b):
    """`a | b` for types, None and unions (the VM's `type.__or__`)."""
    args = []
    for t in (a, b):
        members = t.__args__ if isinstance(t, UnionType) else (t,)
        for m in members:
            m = NoneType if m is None else m
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
