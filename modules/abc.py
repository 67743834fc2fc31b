"""Abstract base classes (PEP 3119): ABCMeta, ABC, abstractmethod and friends.

Written for pyjit. `object.__new__` refuses to instantiate a class whose
`__abstractmethods__` is not empty, as CPython does.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it to be instantiable."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod over abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod over abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property over abstractmethod."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # classmethod/staticmethod/property wrapping an abstract function.
    for attr in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` (after methods were added or removed)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """Metaclass of abstract base classes; supports `register` for virtual
    subclasses and `__subclasshook__`."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        cls._abc_negative_cache.clear()
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of writing `metaclass=ABCMeta`."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0
