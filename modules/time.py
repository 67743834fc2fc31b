"""time: clocks, sleep and calendar conversions.

The clocks and the C library calls are native (`_time`); this module adds
`struct_time` and the argument checks of CPython's time functions. Not
provided: get_clock_info, thread_time, strptime, tzset, clock_gettime and the
other low-level clock functions.
"""

import _time
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, sleep,
                   timezone, altzone, daylight, tzname)

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
           'Nov', 'Dec')


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, sequence, dict=None):
        try:
            seq = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9] if n > 9 else None, seq[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))


def gmtime(secs=None):
    """UTC time tuple of seconds since the epoch (now by default)."""
    return struct_time(_time.gmtime(secs))


def localtime(secs=None):
    """Local time tuple of seconds since the epoch (now by default)."""
    return struct_time(_time.localtime(secs))


def _time_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f"{fname}(): illegal time tuple argument")
    items = list(t[:9])
    for v in items:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    extra = t._extra if isinstance(t, struct_time) else (None, None)
    return items, extra


def _checked(t, fname):
    """The tuple with CPython's range checks and adjustments (checktm)."""
    items, extra = _time_tuple(t, fname)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = items
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    # C computes (wday + 1) % 7 with a truncating remainder: only a negative
    # result is out of range.
    if wday + 1 < 0 and -(wday + 1) % 7 != 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = -1 if isdst < -1 else (1 if isdst > 1 else isdst)
    out = (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst)
    if extra[0] is not None:
        out = out + (extra[0], extra[1] if extra[1] is not None else 0)
    return out


def mktime(t):
    """Seconds since the epoch of a local time tuple."""
    items, _ = _time_tuple(t, 'mktime')
    return _time.mktime(tuple(items))


def strftime(format, t=None):
    """Format a time tuple (the local time now by default) with C's strftime."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    return _time.strftime(format, _checked(t, 'strftime'))


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (the local time by default)."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked(t, 'asctime')[:9]
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday,
                                             hour, minute, sec, year)


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))
