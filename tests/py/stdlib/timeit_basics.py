# timeit: Timer with statement and setup strings (multi-line too) and with
# callables, timeit()/repeat() module functions with number/repeat/globals,
# default_timer/default_number/default_repeat, the generated source in
# Timer.src, autorange() with a fake deterministic timer, exceptions raised by
# the timed code, and the SyntaxError/ValueError for bad statements. Timings
# themselves are never printed, only their types and counts.
import timeit
import time

t = timeit.Timer('x = sum(range(10))')
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), t.timeit(0) >= 0, t.timer is time.perf_counter)
print(all(type(v) is float and v >= 0 for v in t.repeat(repeat=2, number=5)))

counter = [0]


def work():
    counter[0] += 1


print(type(timeit.timeit(work, number=50)).__name__, counter)
r = timeit.repeat('work()', setup='counter[0] = 0', repeat=4, number=25, globals=globals())
print(len(r), counter)
r = timeit.repeat(work, setup=lambda: counter.append('setup'), repeat=2, number=3)
print(len(r), counter)

ns = {'acc': []}
timeit.timeit('acc.append(i)', setup='i = 7', number=3, globals=ns)
print(ns['acc'])
out = []
timeit.timeit('acc.extend(range(3))\nacc.append(-1)', setup='acc = []\nresult.append(acc)',
              number=2, globals={'result': out})
print(out)
loop = {'seen': []}
timeit.Timer('for j in range(2):\n    seen.append(j)', globals=loop).timeit(2)
print(loop['seen'])
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.Timer('a\nb', 'c\nd').src)
print(timeit.Timer(work, work).src)
print(timeit.Timer('pass', work).src)

# statements are checked when the Timer is made
for stmt in ['return 1', 'x = (', 'yield 5', 3, None, 'break']:
    try:
        timeit.Timer(stmt)
        print('ok', stmt)
    except Exception as e:
        print(type(e).__name__, e)
for setup in [None, 'x = (', 'return']:
    try:
        timeit.Timer('pass', setup=setup)
    except Exception as e:
        print(type(e).__name__, e)
try:
    timeit.timeit('1/0', number=1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    timeit.timeit('undefined_name', number=1, globals={})
except NameError as e:
    print('NameError', e)
print(timeit.timeit('pass', number=0) >= 0)

# autorange with a fake, deterministic timer
ticks = iter(range(1000))


def fake_timer():
    return next(ticks) ** 2 * 0.01


calls = []
tm = timeit.Timer('pass', timer=fake_timer)
print(tm.autorange(lambda n, t: calls.append(n)), calls)
ticks = iter(range(1000))
print(timeit.Timer(work, timer=fake_timer).repeat(3, 1))
print(timeit.__all__)
