"""inspect basics, written for pyjit: type predicates, getmembers, signature of
Python functions, getdoc/cleandoc and getsource of functions and classes read
from their files. Signatures of built-in functions are not available (ValueError,
as CPython gives for builtins without text signatures)."""

import sys

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR = 0x10, 0x20


def ismodule(obj):
    return type(obj).__name__ == "module"


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return type(obj).__name__ == "method"


def isfunction(obj):
    return type(obj).__name__ == "function"


def isbuiltin(obj):
    return type(obj).__name__ == "builtin_function_or_method"


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def iscoroutinefunction(obj):
    return False


def iscoroutine(obj):
    return False


def isawaitable(obj):
    return False


def iscode(obj):
    return type(obj).__name__ == "code"


def isframe(obj):
    return type(obj).__name__ == "frame"


def istraceback(obj):
    return type(obj).__name__ == "traceback"


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index), with names."""

    _fields = ("frame", "filename", "lineno", "function", "code_context", "index")

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return "FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, " \
               "code_context={!r}, index={!r})".format(*self)


def _frame_info(frame, context):
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    lines = None
    index = None
    if context > 0:
        try:
            with open(filename) as f:
                source = f.read().split("\n")
        except (OSError, ValueError):
            source = None
        if source is not None and 1 <= lineno <= len(source):
            start = max(lineno - 1 - context // 2, 0)
            start = min(start, max(len(source) - context, 0))
            lines = [line + "\n" for line in source[start:start + context]]
            index = lineno - 1 - start
    return FrameInfo(frame, filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    out = []
    while frame is not None:
        out.append(_frame_info(frame, context))
        frame = frame.f_back
    return out


def stack(context=1):
    """FrameInfo records from the caller outwards."""
    return getouterframes(sys._getframe(1), context)


def getmembers(obj, predicate=None):
    names = dir(obj)
    results = []
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getfile(obj):
    if ismodule(obj):
        f = getattr(obj, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if module is not None and getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if iscode(obj):
        return obj.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(obj).__name__))


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, "__module__", None)
    return sys.modules.get(name) if name else None


def getsourcelines(obj):
    filename = getfile(obj)
    with open(filename) as f:
        lines = f.read().split("\n")
    if ismodule(obj):
        return [line + "\n" for line in lines], 0
    if isclass(obj):
        start = None
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("class " + obj.__name__) and stripped[6 + len(obj.__name__)] in "(:":
                start = i
                break
        if start is None:
            raise OSError("could not find class definition")
    else:
        if ismethod(obj):
            obj = obj.__func__
        start = obj.__code__.co_firstlineno - 1
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return [line + "\n" for line in lines[start:end]], start + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return "".join(lines)


class _Empty:
    """Marker for "no default" and "no annotation"."""


class _ParameterKind(int):
    _names = ["POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL",
              "KEYWORD_ONLY", "VAR_KEYWORD"]
    _descriptions = ["positional-only", "positional or keyword", "variadic positional",
                     "keyword-only", "variadic keyword"]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._names[self], int(self))

    def __str__(self):
        return self._names[self]

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]


def _formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _ParameterKind(0)
    POSITIONAL_OR_KEYWORD = _ParameterKind(1)
    VAR_POSITIONAL = _ParameterKind(2)
    KEYWORD_ONLY = _ParameterKind(3)
    VAR_KEYWORD = _ParameterKind(4)
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_Empty, annotation=_Empty):
        return Parameter(
            self._name if name is None else name,
            self._kind if kind is None else kind,
            default=self._default if default is _Empty else default,
            annotation=self._annotation if annotation is _Empty else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text = "{}: {}".format(text, _formatannotation(self._annotation))
        if self._default is not _Empty:
            if self._annotation is not _Empty:
                text = "{} = {!r}".format(text, self._default)
            else:
                text = "{}={!r}".format(text, self._default)
        if self._kind == 2:
            text = "*" + text
        elif self._kind == 4:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "{}">'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, int(self._kind)))


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {}
        for p in parameters or ():
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(
            list(self._parameters.values()) if parameters is None else parameters,
            return_annotation=self._return_annotation
            if return_annotation is _Empty else return_annotation,
        )

    def __str__(self):
        parts = []
        render_pos_only = False
        render_kw_only = True
        for p in self._parameters.values():
            kind = p.kind
            if kind == 0:
                render_pos_only = True
            elif render_pos_only:
                parts.append("/")
                render_pos_only = False
            if kind == 2:
                render_kw_only = False
            elif kind == 3 and render_kw_only:
                parts.append("*")
                render_kw_only = False
            parts.append(str(p))
        if render_pos_only:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _Empty:
            text += " -> {}".format(_formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return "<Signature {}>".format(self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def bind(self, *args, **kwargs):
        bound = {}
        params = list(self._parameters.values())
        args = list(args)
        for p in params:
            if p.kind in (0, 1) and args:
                bound[p.name] = args.pop(0)
            elif p.kind == 2:
                bound[p.name] = tuple(args)
                args = []
            elif p.kind == 4:
                bound[p.name] = {k: kwargs.pop(k) for k in list(kwargs)}
            elif p.name in kwargs and p.kind != 0:
                bound[p.name] = kwargs.pop(p.name)
            elif p.default is _Empty:
                raise TypeError("missing a required argument: {!r}".format(p.name))
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return BoundArguments(self, bound)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature._parameters.values():
            if p.kind in (0, 1) and p.name in self.arguments:
                out.append(self.arguments[p.name])
            elif p.kind == 2 and p.name in self.arguments:
                out.extend(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature._parameters.values():
            if p.kind == 3 and p.name in self.arguments:
                out[p.name] = self.arguments[p.name]
            elif p.kind == 4 and p.name in self.arguments:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        for p in self.signature._parameters.values():
            if p.name not in self.arguments:
                if p.kind == 2:
                    self.arguments[p.name] = ()
                elif p.kind == 4:
                    self.arguments[p.name] = {}
                elif p.default is not _Empty:
                    self.arguments[p.name] = p.default


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = 0 if i < nposonly else 1
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _Empty)))
    index = npos
    star = None
    if code.co_flags & CO_VARARGS:
        star = names[npos + nkw]
    if star is not None:
        params.append(Parameter(star, 2, annotation=annotations.get(star, _Empty)))
    for name in names[index:index + nkw]:
        params.append(Parameter(name, 3, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if star is not None else 0)]
        params.append(Parameter(name, 4, annotation=annotations.get(name, _Empty)))
    if skip_first and params:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _Empty))


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if follow_wrapped:
        while hasattr(obj, "__wrapped__"):
            obj = obj.__wrapped__
    if ismethod(obj):
        return _function_signature(obj.__func__, True)
    if isfunction(obj):
        return _function_signature(obj, False)
    if isclass(obj):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _function_signature(init, True)
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError("no signature found for {!r}".format(obj))
