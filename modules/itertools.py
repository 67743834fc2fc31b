"""Functions creating iterators for efficient looping, written for pyjit.

Provides every public name of CPython 3.11's itertools: count, cycle, repeat,
accumulate, chain (and chain.from_iterable), compress, dropwhile, filterfalse,
groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
permutations, combinations and combinations_with_replacement.  Each is a class
with __iter__/__next__ named like CPython's type (type(x).__name__ == 'chain'),
with the same laziness, the same argument checking and the same error messages;
tee() returns itertools._tee objects, groupby() yields itertools._grouper objects.

Known gaps: no pickling support (__reduce__/__setstate__, deprecated in 3.12)
and no __sizeof__; messages that CPython builds from the C type name say
'repeat' where CPython says 'itertools.repeat' (e.g. len(repeat(1, 3)), or the
AttributeError for a new attribute); no itertools._tee_dataobject type;
repr(count(sys.maxsize)) is 'count(9223372036854775807)' where CPython 3.11
prints 'count(<NULL>)'.
"""

_MAXSIZE = 9223372036854775807
_MINSIZE = -9223372036854775808


class _Null:
    """Marker for an absent value (None is a legitimate item)."""
    __slots__ = ()

    def __repr__(self):
        return "<NULL>"


_NULL = _Null()


# ---------------------------------------------------------------------------
# argument helpers (they reproduce the messages of CPython's argument parsers)

def _plural(n):
    return "" if n == 1 else "s"


def _no_kwargs(cls, name, kwargs):
    # CPython accepts keywords for a subclass that defines its own __init__.
    if kwargs and cls.__init__ is object.__init__:
        raise TypeError(name + "() takes no keyword arguments")


def _check_positional(name, args, lo, hi):
    n = len(args)
    if n < lo:
        raise TypeError("%s expected %s%d argument%s, got %d"
                        % (name, "" if lo == hi else "at least ", lo, _plural(lo), n))
    if n > hi:
        raise TypeError("%s expected %s%d argument%s, got %d"
                        % (name, "" if lo == hi else "at most ", hi, _plural(hi), n))


def _unpack(fname, args, kwargs, names, minpos, maxpos):
    """Bind positional-or-keyword parameters (then keyword-only ones) the way
    CPython's argument clinic does; absent optional values come back as _NULL."""
    nargs = len(args)
    total = len(names)
    if not kwargs and minpos <= nargs <= maxpos:
        return list(args) + [_NULL] * (total - nargs)
    nkw = len(kwargs)
    if nargs + nkw > total:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)"
                        % (fname, total, "keyword " if nargs == 0 else "",
                           _plural(total), nargs + nkw))
    if nargs > maxpos:
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, "at most" if minpos < maxpos else "exactly",
                           maxpos, _plural(maxpos), nargs))
    values = list(args)
    for i in range(nargs, total):
        name = names[i]
        if nkw and name in kwargs:
            values.append(kwargs[name])
            nkw -= 1
        elif i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, name, i + 1))
        else:
            values.append(_NULL)
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return values


def _index(obj):
    """operator.index(obj)."""
    if type(obj) is int:
        return obj
    meth = getattr(type(obj), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(obj).__name__)
    value = meth(obj)
    if not isinstance(value, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(value).__name__)
    return int.__index__(value)


def _ssize(obj):
    """A Py_ssize_t argument: index conversion and range check."""
    value = _index(obj)
    if value > _MAXSIZE or value < _MINSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _islice_arg(obj):
    """PyNumber_AsSsize_t with errors mapped to -1, as islice() uses it."""
    try:
        value = _index(obj)
    except Exception:
        return -1
    if value > _MAXSIZE or value < _MINSIZE:
        return -1
    return value


def _is_number(obj):
    t = type(obj)
    if t is int or t is float:
        return True
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__") or isinstance(obj, complex))


def _not_a_base(cls, **kwargs):
    raise TypeError("type 'itertools.%s' is not an acceptable base type"
                    % cls.__mro__[1].__name__)


# ---------------------------------------------------------------------------
# infinite iterators

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ("_cnt", "_step")

    def __new__(cls, *args, **kwargs):
        start, step = _unpack("count", args, kwargs, ("start", "step"), 0, 2)
        if (start is not _NULL and not _is_number(start)) or \
           (step is not _NULL and not _is_number(step)):
            raise TypeError("a number is required")
        if start is _NULL:
            start = 0
        if step is _NULL:
            step = 1
        # CPython's "fast mode": an int start with an int step equal to 1
        # produces exact ints (count(True) gives 1, 2, ...).
        if isinstance(start, int) and isinstance(step, int) \
                and int.__index__(step) == 1:
            value = int.__index__(start)
            if _MINSIZE <= value <= _MAXSIZE:
                start = value
                step = 1
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and int.__index__(step) == 1:
            return "%s(%r)" % (type(self).__name__, self._cnt)
        return "%s(%r, %r)" % (type(self).__name__, self._cnt, step)


class cycle:
    """cycle(iterable) --> the elements of iterable, saved and repeated forever."""
    __slots__ = ("_it", "_saved", "_index")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "cycle", kwargs)
        _check_positional("cycle", args, 1, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        if i >= len(saved):
            i = 0
        self._index = i
        return item


class repeat:
    """repeat(object [,times]) --> object, for the specified number of times
    (forever when times is not given)."""
    __slots__ = ("_obj", "_cnt")

    def __new__(cls, *args, **kwargs):
        obj, times = _unpack("repeat", args, kwargs, ("object", "times"), 1, 2)
        if times is _NULL:
            cnt = -1
        else:
            cnt = _ssize(times)
            if cnt < 0:
                cnt = 0
        self = object.__new__(cls)
        self._obj = obj
        self._cnt = cnt
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return "%s(%r)" % (type(self).__name__, self._obj)
        return "%s(%r, %d)" % (type(self).__name__, self._obj, self._cnt)


# ---------------------------------------------------------------------------
# iterators terminating on the shortest input

class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals
    (or running results of the binary function func)."""
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _unpack("accumulate", args, kwargs,
                                          ("iterable", "func", "initial"), 1, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._func = None if func is _NULL else func
        self._initial = None if initial is _NULL else initial
        self._total = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            total = self._initial
            self._initial = None
            self._total = total
            return total
        for value in self._it:
            total = self._total
            if total is _NULL:
                self._total = value
                return value
            func = self._func
            if func is None:
                total = total + value
            else:
                total = func(total, value)
            self._total = total
            return total
        raise StopIteration


class chain:
    """chain(*iterables) --> the elements of the first iterable until it is
    exhausted, then those of the next, and so on."""
    __slots__ = ("_source", "_active")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "chain", kwargs)
        self = object.__new__(cls)
        self._source = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """chain.from_iterable(iterable) --> chain of the iterables that
        iterable yields, taken lazily."""
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument (%d given)"
                            % len(args))
        source = iter(args[0])
        self = object.__new__(cls)
        self._source = source
        self._active = None
        return self

    def __class_getitem__(cls, item):
        # chain[int] is a types.GenericAlias; a VM without one gets the class,
        # as it does for list[int].
        alias = type(list[int])
        if alias is type:
            return cls
        return alias(cls, item)

    def __iter__(self):
        return self

    def __next__(self):
        active = self._active
        while True:
            if active is not None:
                for item in active:
                    return item
                self._active = None
            source = self._source
            if source is None:
                raise StopIteration
            # The source stays cleared if fetching or iter() fails (as in CPython).
            self._source = None
            for iterable in source:
                active = iter(iterable)
                self._source = source
                self._active = active
                break
            else:
                raise StopIteration


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""
    __slots__ = ("_data", "_selectors")

    def __new__(cls, *args, **kwargs):
        data, selectors = _unpack("compress", args, kwargs, ("data", "selectors"), 2, 2)
        data = iter(data)
        selectors = iter(selectors)
        self = object.__new__(cls)
        self._data = data
        self._selectors = selectors
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable) --> the items of iterable from the
    first one for which predicate is false."""
    __slots__ = ("_pred", "_it", "_started")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "dropwhile", kwargs)
        _check_positional("dropwhile", args, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = it
        self._started = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._started:
            return next(it)
        pred = self._pred
        for item in it:
            if not pred(item):
                self._started = True
                return item
        raise StopIteration


class takewhile:
    """takewhile(predicate, iterable) --> the items of iterable as long as
    predicate is true for them."""
    __slots__ = ("_pred", "_it", "_stopped")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "takewhile", kwargs)
        _check_positional("takewhile", args, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = it
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items of iterable for
    which function(item) is false (the false items when function is None)."""
    __slots__ = ("_func", "_it")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "filterfalse", kwargs)
        _check_positional("filterfalse", args, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        if func is None or func is bool:
            for item in self._it:
                if not item:
                    return item
        else:
            for item in self._it:
                if not func(item):
                    return item
        raise StopIteration


class starmap:
    """starmap(function, iterable) --> function(*args) for each args in iterable."""
    __slots__ = ("_func", "_it")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "starmap", kwargs)
        _check_positional("starmap", args, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for the runs of
    consecutive items with equal keys.  A group is only valid until the
    groupby object advances."""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue",
                 "_currgrouper")

    def __new__(cls, *args, **kwargs):
        iterable, key = _unpack("groupby", args, kwargs, ("iterable", "key"), 1, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._keyfunc = None if key is _NULL else key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # skip the rest of the current group
        while True:
            currkey = self._currkey
            if currkey is not _NULL:
                tgtkey = self._tgtkey
                if tgtkey is _NULL:
                    break
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        currkey = self._currkey
        self._tgtkey = currkey
        grouper = _grouper(self, currkey)
        return (currkey, grouper)


class _grouper:
    __slots__ = ("_parent", "_tgtkey", "__weakref__")

    __init_subclass__ = classmethod(_not_a_base)

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "_grouper", kwargs)
        _check_positional("_grouper", args, 2, 2)
        parent = args[0]
        if not isinstance(parent, groupby):
            raise TypeError("_grouper() argument 1 must be itertools.groupby, not %s"
                            % type(parent).__name__)
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = args[1]
        parent._currgrouper = self
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        currkey = parent._currkey
        tgtkey = self._tgtkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        parent._currkey = _NULL
        return value


_STOP_MSG = ("Stop argument for islice() must be None or an integer: "
             "0 <= x <= sys.maxsize.")
_INDEX_MSG = ("Indices for islice() must be None or an integer: "
              "0 <= x <= sys.maxsize.")
_STEP_MSG = "Step for islice() must be a positive integer or None."


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) -->
    the selected items of iterable, like a slice of a sequence."""
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "islice", kwargs)
        nargs = len(args)
        _check_positional("islice", args, 2, 4)
        start = 0
        stop = -1
        step = 1
        if nargs == 2:
            arg = args[1]
            if arg is not None:
                stop = _islice_arg(arg)
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            arg = args[1]
            if arg is not None:
                start = _islice_arg(arg)
            arg = args[2]
            if arg is not None:
                stop = _islice_arg(arg)
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MSG)
        if nargs == 4:
            arg = args[3]
            if arg is not None:
                step = _islice_arg(arg)
        if step < 1:
            raise ValueError(_STEP_MSG)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._next = start
        self._stop = None if stop == -1 else stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        # Cleared until an item is produced: exhaustion or an exception
        # from the underlying iterator ends the slice for good.
        self._it = None
        cnt = self._cnt
        nxt = self._next
        while cnt < nxt:
            for item in it:
                break
            else:
                raise StopIteration
            cnt += 1
        stop = self._stop
        if stop is not None and cnt >= stop:
            raise StopIteration
        for item in it:
            break
        else:
            raise StopIteration
        self._cnt = cnt + 1
        nxt += self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        self._it = it
        return item


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ("_it", "_old")

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "pairwise", kwargs)
        _check_positional("pairwise", args, 1, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._old = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        self._it = None
        old = self._old
        if old is _NULL:
            for old in it:
                break
            else:
                raise StopIteration
            self._old = old
        for new in it:
            break
        else:
            self._old = _NULL
            raise StopIteration
        self._old = new
        self._it = it
        return (old, new)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples of the i-th items
    of every iterable, the exhausted ones replaced by fillvalue, until all
    are exhausted."""
    __slots__ = ("_its", "_numactive", "_fillvalue")

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) == 1 and "fillvalue" in kwargs:
                fillvalue = kwargs["fillvalue"]
            else:
                raise TypeError("zip_longest() got an unexpected keyword argument")
        its = [iter(arg) for arg in args]
        self = object.__new__(cls)
        self._its = its
        self._numactive = len(its)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        active = self._numactive
        if active == 0:
            raise StopIteration
        # zero while working: an exception from an input ends the iterator
        self._numactive = 0
        its = self._its
        fillvalue = self._fillvalue
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fillvalue)
                continue
            for item in it:
                break
            else:
                active -= 1
                if active == 0:
                    raise StopIteration
                its[i] = None
                item = fillvalue
            result.append(item)
        self._numactive = active
        return tuple(result)


class _teedata:
    __slots__ = ("it", "running")

    def __init__(self, it):
        self.it = it
        self.running = False


_TEE_CELLS = 57


class _tee:
    """Iterator wrapped to make it copyable (one of the results of tee())."""
    __slots__ = ("_data", "_block", "_index", "__weakref__")

    __init_subclass__ = classmethod(_not_a_base)

    # A block is a list: block[0] links to the next block (or None), then up
    # to _TEE_CELLS values.  Every copy shares the blocks and moves its own index.

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, "_tee", kwargs)
        _check_positional("_tee", args, 1, 1)
        return _tee_fromiterable(args[0])

    def __iter__(self):
        return self

    def __next__(self):
        block = self._block
        i = self._index
        if i > _TEE_CELLS:
            nxt = block[0]
            if nxt is None:
                nxt = block[0] = [None]
            self._block = block = nxt
            i = 1
        if i < len(block):
            value = block[i]
        else:
            data = self._data
            if data.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            data.running = True
            try:
                value = next(data.it)
            finally:
                data.running = False
            block.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        new = object.__new__(_tee)
        new._data = self._data
        new._block = self._block
        new._index = self._index
        return new


def _tee_fromiterable(iterable):
    it = iter(iterable)
    if isinstance(it, _tee):
        return it.__copy__()
    new = object.__new__(_tee)
    new._data = _teedata(it)
    new._block = [None]
    new._index = 1
    return new


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _check_positional("tee", args, 1, 2)
    n = _ssize(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copyfunc = getattr(it, "__copy__", None)
    if copyfunc is not None:
        first = it
    else:
        first = _tee_fromiterable(it)
        copyfunc = first.__copy__
    result = [first]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


# ---------------------------------------------------------------------------
# combinatoric iterators

class product:
    """product(*iterables, repeat=1) --> the cartesian product of the inputs
    (which are read completely when the product is created)."""
    __slots__ = ("_pools", "_indices", "_result", "_stopped")

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError("product() takes at most 1 keyword argument (%d given)"
                                % len(kwargs))
            for key in kwargs:
                if key != "repeat":
                    raise TypeError("'%s' is an invalid keyword argument for product()" % key)
            repeat = _ssize(kwargs["repeat"])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        if repeat == 0:
            pools = []
        else:
            if len(args) > _MAXSIZE // 8 // repeat:
                raise OverflowError("repeat argument too large")
            pools = [tuple(arg) for arg in args] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._result = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        result = self._result
        pools = self._pools
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = result = [pool[0] for pool in pools]
            self._indices = [0] * len(pools)
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
        self._stopped = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations of
    the items of iterable (all of them when r is None)."""
    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_result", "_stopped")

    def __new__(cls, *args, **kwargs):
        iterable, r = _unpack("permutations", args, kwargs, ("iterable", "r"), 1, 2)
        pool = tuple(iterable)
        n = len(pool)
        if r is _NULL or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1)) if r <= n else []
        self._result = None
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        result = self._result
        if result is None:
            self._result = result = [pool[indices[i]] for i in range(r)]
            return tuple(result)
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                # rotate indices[i:] one step to the left
                indices.append(indices.pop(i))
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                for k in range(i, r):
                    result[k] = pool[indices[k]]
                return tuple(result)
        self._stopped = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> the r-length subsequences of the items of
    iterable, in lexicographic order of their positions."""
    __slots__ = ("_pool", "_r", "_indices", "_result", "_stopped")

    def __new__(cls, *args, **kwargs):
        iterable, r = _unpack("combinations", args, kwargs, ("iterable", "r"), 2, 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        result = self._result
        if result is None:
            self._result = result = [pool[i] for i in indices]
            return tuple(result)
        offset = len(pool) - r
        i = r - 1
        while i >= 0 and indices[i] == i + offset:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        value = indices[i] + 1
        while i < r:
            indices[i] = value
            result[i] = pool[value]
            value += 1
            i += 1
        return tuple(result)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> the r-length
    subsequences of the items of iterable, items allowed to repeat."""
    __slots__ = ("_pool", "_r", "_indices", "_result", "_stopped")

    def __new__(cls, *args, **kwargs):
        iterable, r = _unpack("combinations_with_replacement", args, kwargs,
                              ("iterable", "r"), 2, 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._result = None
        self._stopped = len(pool) == 0 and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        result = self._result
        if result is None:
            self._result = result = [pool[0]] * r if r else []
            return tuple(result)
        last = len(pool) - 1
        i = r - 1
        while i >= 0 and indices[i] == last:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        value = indices[i] + 1
        item = pool[value]
        while i < r:
            indices[i] = value
            result[i] = item
            i += 1
        return tuple(result)
