"""Timing of small code snippets (the timeit module), written for pyjit.

Provides Timer (stmt and setup as source strings or callables, a custom
timer, a globals namespace; timeit, repeat, autorange, print_exc and the
generated source in Timer.src), the module functions timeit() and repeat(),
default_timer (time.perf_counter), default_number, default_repeat and the
command-line interface main() ("python -m timeit [-n N] [-r N] [-s S]
[-p] [-u U] [-v] [statement ...]"). As in CPython, string statements are
compiled into a function "inner" (file name "<timeit-src>") that runs the
setup once and the statement in a loop, so a bad statement raises
SyntaxError when the Timer is created.

Known gaps: the loop iterates over range(number) (CPython uses
itertools.repeat(None, number)), garbage collection is only switched off
while timing when a gc module exists, and print_exc() cannot show source
lines of the generated code (there is no linecache module in pyjit).
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function the statement is timed in. {init} adds keyword parameters
# for callables, {setup} and {stmt} are the (re-indented) code.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src but the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing the execution speed of small code snippets.

    Timer(stmt='pass', setup='pass', timer=default_timer, globals=None):
    stmt and setup may be strings of Python code or callables without
    arguments; the code runs in the namespace globals (this module's
    namespace by default).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # The setup alone must compile outside a function.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # So must setup followed by the statement.
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (to file)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time number executions of the statement; returns seconds (float)."""
        it = range(number)
        try:
            import gc
        except ImportError:
            gc = None
        gcold = gc is not None and gc.isenabled()
        if gcold:
            gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() repeat times; returns the list of results."""
        r = []
        for i in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) taking >= 0.2 seconds.

        Returns (number, time taken); callback(number, time_taken) is called
        after each trial when given.
        """
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """Usage: python -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.
"""


class _OptionError(Exception):
    pass


def _parse_options(args):
    # getopt-style parsing of "n:u:s:r:tcpvh" and the long forms.
    short_with_arg = {'n': 'number', 's': 'setup', 'r': 'repeat', 'u': 'unit'}
    short_flags = {'t': 'time', 'c': 'clock', 'p': 'process',
                   'v': 'verbose', 'h': 'help'}
    longs = {'number': True, 'setup': True, 'repeat': True, 'unit': True,
             'time': False, 'clock': False, 'process': False,
             'verbose': False, 'help': False}
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        a = args.pop(0)
        if a == '--':
            break
        if a.startswith('--'):
            name, eq, value = a[2:].partition('=')
            matches = [k for k in longs if k.startswith(name)]
            if name in longs:
                matches = [name]
            if not matches:
                raise _OptionError('option --%s not recognized' % name)
            if len(matches) > 1:
                raise _OptionError('option --%s not a unique prefix' % name)
            name = matches[0]
            if longs[name]:
                if not eq:
                    if not args:
                        raise _OptionError('option --%s requires argument' % name)
                    value = args.pop(0)
                opts.append(('--' + name, value))
            else:
                if eq:
                    raise _OptionError("option --%s must not have an argument" % name)
                opts.append(('--' + name, ''))
            continue
        rest = a[1:]
        while rest:
            c, rest = rest[0], rest[1:]
            if c in short_with_arg:
                if not rest:
                    if not args:
                        raise _OptionError('option -%s requires argument' % c)
                    rest = args.pop(0)
                opts.append(('-' + c, rest))
                rest = ''
            elif c in short_flags:
                opts.append(('-' + c, ''))
            else:
                raise _OptionError('option -%s not recognized' % c)
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """Command-line interface; returns None on success, 2 on bad options, 1 on errors."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(_USAGE, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    # Let the statements import modules from the current directory.
    sys.path.insert(0, '.')
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '',
                                 secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = sorted([(s, u) for u, s in units.items()], reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))
    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
