# time: clocks (types and monotonicity only), gmtime/struct_time, strftime with
# the C library's directives, asctime, mktime round trips, and argument errors.
import time

t0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.001)
print(time.perf_counter() > t0, time.perf_counter_ns() > n0, type(time.time()).__name__,
      type(time.time_ns()).__name__, type(time.monotonic()).__name__, time.process_time() >= 0,
      isinstance(time.process_time_ns(), int))

for secs in (0, 1.9, -1, 86399, 951782400, 2 ** 31, 4102444800, -2208988800):
    g = time.gmtime(secs)
    print(g, g.tm_zone, g.tm_gmtoff, time.asctime(g))
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%', g))
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst,
      len(g), g[:3], tuple(g)[-1], list(g) == list(tuple(g)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, time.strftime('%d/%m/%Y', st), time.asctime(st))
print(time.strftime('%Y', (2001, 0, 0, 0, 0, 0, 0, 0, -5)), time.strftime('', g))
for secs in (0, 1000000, 1700000000):
    print(time.mktime(time.localtime(secs)) == secs)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: time.strftime('%Y', (1, 2)))
err(lambda: time.strftime('%Y', [2001] * 9))
err(lambda: time.strftime(5))
err(lambda: time.strftime('%Y', (2001, 13, 1, 0, 0, 0, 0, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 32, 0, 0, 0, 0, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 24, 0, 0, 0, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 0, 60, 0, 0, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 0, 0, 62, 0, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 0, 0, 0, -1, 1, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 0, 0, 0, 0, 367, 0)))
err(lambda: time.strftime('%Y', (2001, 1, 1, 0, 0, 0, 0, 1, 'x')))
err(lambda: time.gmtime('x'))
err(lambda: time.gmtime(float('nan')))
err(lambda: time.struct_time((1, 2)))
err(lambda: time.struct_time(5))
err(lambda: time.sleep(-1))
err(lambda: time.sleep('x'))
err(lambda: time.mktime(5))
