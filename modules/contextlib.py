"""Utilities for with-statement contexts (the contextlib module), written for pyjit.

Provides AbstractContextManager, ContextDecorator, contextmanager (generator
based, with CPython 3.11's rules: "generator didn't yield", "generator didn't
stop", "generator didn't stop after throw()", StopIteration/RuntimeError
handling, exceptions suppressed when the generator swallows them), closing,
suppress, nullcontext, redirect_stdout, redirect_stderr and ExitStack
(enter_context, push, callback, pop_all, close, with CPython's chaining of the
exceptions raised by several exit callbacks).

Known gaps:
- pyjit has no async/await: AbstractAsyncContextManager, AsyncContextDecorator,
  asynccontextmanager, aclosing and AsyncExitStack are not provided, and
  nullcontext has no __aenter__/__aexit__.
- chdir is not provided (pyjit has no os module yet).
- redirect_stdout swaps sys.stdout, but pyjit's print() without file= writes
  to the real standard output regardless of sys.stdout, so only code that
  writes to sys.stdout explicitly is redirected.
- AbstractContextManager[...] returns the collections.abc alias stand-in, not
  types.GenericAlias.
"""

import abc as _abc
import sys as _sys
from collections import deque as _deque
from functools import wraps as _wraps

__all__ = ["contextmanager", "AbstractContextManager", "ContextDecorator",
           "ExitStack", "redirect_stdout", "redirect_stderr", "suppress",
           "nullcontext", "closing"]


def _has_methods(klass, *names):
    """True when every name is defined (and not set to None) along klass's MRO."""
    mro = klass.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _alias(cls, params):
    from collections.abc import _GenericAlias
    return _GenericAlias(cls, params)


class AbstractContextManager(_abc.ABC):
    """ABC of objects usable in a with statement (__enter__ and __exit__)."""

    __class_getitem__ = classmethod(_alias)

    def __enter__(self):
        """Entering gives the manager itself unless overridden."""
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Called on leaving the with block; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    """Mixin that lets a context manager decorate functions: each call of the
    decorated function runs inside the manager."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function.

        Reusable managers return themselves; single-use ones (such as those
        made by @contextmanager) return a fresh copy.
        """
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """State shared by generator-based context managers: the generator and
    what is needed to make it again."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    # (That docstring is what a manager shows as __doc__ when the generator
    # function has none, so it is CPython's text.) The generator runs up to
    # its yield on entry and is resumed, or has the exception thrown in, on
    # exit.

    def __enter__(self):
        # The arguments are only needed to recreate the manager; drop them
        # once it is used as a plain context manager.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # A bare exception class was given; instantiate it so that the
            # identity checks below work.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned: the exception was swallowed, unless
            # the exception itself is the StopIteration that came out.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turns a StopIteration raised in the with-block into a
            # RuntimeError inside the generator; let the original propagate.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator making a context-manager factory from a generator function.

    The generator must yield exactly once: what runs before the yield is the
    set-up, the yielded value is what `as` binds, and what follows is the
    clean-up. An exception raised in the with block is raised inside the
    generator at the yield; if the generator handles it, it is suppressed.
    """
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the with block ends; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A list, so that the same object can be entered more than once.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file object for the duration of a with block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file object for the duration of a with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exception types (and their subclasses) raised in the
    with block; execution continues after the with statement.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The callback stack behind ExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        return _exit_wrapper

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        """Move every registered callback to a new stack, leaving this one empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new_stack

    def push(self, exit):
        """Register exit, called like __exit__(exc_type, exc, tb).

        exit may be an object with an __exit__ method (its method is
        registered) or any callable; a true result suppresses the exception.
        Returns exit, so this can be used as a decorator.
        """
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # Not a context manager: assume it's a callable.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; its result is
        ignored, so it never suppresses an exception. Returns callback.
        """
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Lets callers unregister the original callable by introspection.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Register cm_exit bound to cm."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding any number of other managers and callbacks.

    On exit the callbacks run in reverse order of registration, each seeing
    the exception left by the previous ones, so a variable number of
    resources can be managed as if by nested with statements.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None

        # The exception being handled around the with statement, if any; the
        # context chains built below stop there.
        frame_exc = _sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            # Make old_exc the context of the innermost exception that
            # new_exc's chain reaches before frame_exc.
            while True:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = _sys.exc_info()
                # The callbacks run as if nested: chain onto the previous one.
                _fix_exception_context(new_exc_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                # Raising replaces __context__ with the exception being
                # handled here; keep the chain built above instead.
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run and discard every registered callback now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing: `as` binds enter_result.

    Handy where a manager is optional, e.g.
    `with (lock if shared else nullcontext()):`.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
