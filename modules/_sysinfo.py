"""The parts of `sys` that are plain data with names: the struct sequences
(version_info, float_info, int_info, flags, hash_info) and `sys.implementation`.
Run once when the VM starts (see stdlib::install); written for pyjit."""

import sys


class _StructSeq(tuple):
    """A tuple whose items also have names, like CPython's struct sequences."""

    _fields = ()
    _name = ""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        items = ", ".join("%s=%r" % (f, v) for f, v in zip(self._fields, self))
        return "%s(%s)" % (self._name, items)

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct_seq(name, fields):
    ns = {"_fields": tuple(fields), "_name": name, "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name.rsplit(".", 1)[-1], (_StructSeq,), ns)
    cls.__module__ = "sys"
    return cls


class _Namespace:
    """types.SimpleNamespace, for sys.implementation."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in self.__dict__.items())
        return "namespace(%s)" % items

    def __eq__(self, other):
        return isinstance(other, _Namespace) and self.__dict__ == other.__dict__


sys.version_info = _struct_seq(
    "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]
)((3, 11, 7, "final", 0))
sys.float_info = _struct_seq(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"],
)((1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15,
   53, 2.220446049250313e-16, 2, 1))
sys.int_info = _struct_seq(
    "sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"],
)((30, 4, 4300, 640))
sys.hash_info = _struct_seq(
    "sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
     "seed_bits", "cutoff"],
)((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
sys.flags = _struct_seq(
    "sys.flags",
    ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
     "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
     "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
     "warn_default_encoding", "safe_path", "int_max_str_digits"],
)((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
sys.UnraisableHookArgs = _struct_seq(
    "sys.UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]
)


def unraisablehook(unraisable):
    """Write an exception that could not be raised (one from a ctypes callback
    called by C) to sys.stderr: the message, the object, the traceback."""
    out = sys.stderr
    if out is None:
        return
    msg = unraisable.err_msg
    obj = unraisable.object
    if obj is not None:
        try:
            text = repr(obj)
        except Exception:
            text = "<object repr() failed>"
        out.write("%s: %s\n" % (msg or "Exception ignored in", text))
    elif msg is not None:
        out.write("%s:\n" % msg)
    import traceback
    out.write("".join(traceback.format_exception(
        unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)))
    try:
        out.flush()
    except Exception:
        pass


sys.unraisablehook = sys.__unraisablehook__ = unraisablehook
del unraisablehook

sys.implementation = _Namespace(
    name="pyjit", cache_tag=None, version=sys.version_info, hexversion=sys.hexversion
)


class ModuleSpec:
    """The `__spec__` of a module pyjit imported from a file (importlib's fields)."""

    def __init__(self, name, origin, submodule_search_locations=None):
        self.name = name
        self.loader = None
        self.origin = origin
        self.submodule_search_locations = submodule_search_locations
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None and not origin.startswith("<")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        text = "ModuleSpec(name={!r}, loader={!r}".format(self.name, self.loader)
        if self.origin is not None:
            text += ", origin={!r}".format(self.origin)
        if self.submodule_search_locations is not None:
            text += ", submodule_search_locations={}".format(self.submodule_search_locations)
        return text + ")"
