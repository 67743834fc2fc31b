"""Bisection algorithms over sorted sequences (the bisect module), written for pyjit.

Provides bisect_left, bisect_right (alias bisect), insort_left and
insort_right (alias insort), each with the optional lo/hi bounds and the
keyword-only key= function of Python 3.10+. As in CPython, lo < 0 raises
ValueError, hi=None (or -1, a quirk of the C version) means len(a), bounds
must be integers (anything with __index__), and insort inserts with
a.insert, so list subclasses and other sequences with an insert method work.

Known gaps: calling a function with a missing argument gives Python's message
("bisect_right() missing 1 required positional argument: 'x'") rather than
CPython's argument-clinic wording, and likewise for too many arguments.
"""


def _bounds(a, lo, hi):
    # Slow path of the bound checks: conversion of non-int bounds, and
    # the C version's treatment of hi == -1 as "up to the end".
    if type(lo) is not int:
        lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        if type(hi) is not int:
            if not hasattr(type(hi), '__index__'):
                raise TypeError('argument should be integer or None, not %r'
                                % type(hi).__name__)
            hi = _as_index(hi)
        if hi == -1:
            hi = len(a)
    return lo, hi


def _as_index(n):
    if isinstance(n, int):
        return int(n)
    try:
        meth = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return meth(n)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into the sorted a, after any items equal to x.

    Only a[lo:hi] is searched (hi defaults to len(a)); with key, key(a[i]) is
    compared with x.
    """
    if hi is None and lo == 0 and type(lo) is int:
        hi = len(a)
    else:
        lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into the sorted a, before any items equal to x.

    Only a[lo:hi] is searched (hi defaults to len(a)); with key, key(a[i]) is
    compared with x.
    """
    if hi is None and lo == 0 and type(lo) is int:
        hi = len(a)
    else:
        lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, after any items equal to it (see bisect_right)."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, before any items equal to it (see bisect_left)."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
