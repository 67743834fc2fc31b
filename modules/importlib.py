"""importlib's everyday entry points, written for pyjit over its import system."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative `name` ('.mod', '..pkg.mod') needs `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                "import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """pyjit keeps no finder caches: nothing to do."""


def reload(module):
    """Run a module's code again in its existing namespace."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    filename = getattr(module, "__file__", None)
    if not filename or filename.startswith("<"):
        raise NotImplementedError("importlib.reload: only modules loaded from .py files")
    with open(filename) as f:
        source = f.read()
    exec(compile(source, filename, "exec"), module.__dict__)
    return module
