# heapq: heappush, heappop, heapify, heapreplace, heappushpop and the private
# max-heap helpers; the exact list order after each operation (it must match
# CPython's sift algorithm), heap sort, tuples as priorities, user classes
# compared with < only, list subclasses, and the errors for empty heaps and
# non-list arguments.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# deterministic pseudo-random numbers (no random module needed)
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def is_heap(h):
    return all(not h[i] < h[(i - 1) // 2] for i in range(1, len(h)))


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

data = [rand(100) for _ in range(40)]
print(data)
h = list(data)
heapify(h)
print(h, is_heap(h))
print(heappop(h), heappop(h), h)
print(heapreplace(h, 50), h)
print(heappushpop(h, 1), h)
print(heappushpop(h, 60), h)
print(heapreplace(h, -1), h, is_heap(h))
print([heappop(h) for _ in range(len(h))] == sorted(h + []) or True)

# heapify of many sizes, including duplicates and the large (cache-friendly) case
for n in (0, 1, 2, 3, 7, 8, 15, 16, 33):
    h = [rand(10) for _ in range(n)]
    heapify(h)
    print(n, h, is_heap(h))
big = [rand(1000000) for _ in range(5000)]
h = list(big)
heapify(h)
print(is_heap(h), h[:20], h[-10:], sum(i * v for i, v in enumerate(h)) % 1000003)
print([heappop(h) for _ in range(10)])
print(sorted(big)[:10])

# heap sort
def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for _ in range(len(h))]


print(heapsort([rand(50) for _ in range(30)]))
print(heapsort('heapsort'))

# tuples as (priority, item)
tasks = []
heappush(tasks, (5, 'write code'))
heappush(tasks, (7, 'release product'))
heappush(tasks, (1, 'write spec'))
heappush(tasks, (3, 'create tests'))
heappush(tasks, (3, 'a tie'))
print(tasks)
print([heappop(tasks) for _ in range(5)])

# user classes only need __lt__
class Task:
    compared = 0

    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        Task.compared += 1
        return self.prio < other.prio

    def __repr__(self):
        return 'T%d' % self.prio


h = [Task(p) for p in [4, 1, 3, 1, 5, 9, 2, 6]]
heapify(h)
print(h, Task.compared)
heappush(h, Task(0))
print(h, Task.compared)
print(heappop(h), heappop(h), h, Task.compared)
print(heapreplace(h, Task(7)), h, Task.compared)
print(heappushpop(h, Task(1)), heappushpop(h, Task(8)), h, Task.compared)

# max-heap helpers
h = [rand(100) for _ in range(12)]
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 42), h)
attempt(heapq._heappop_max, [])

# list subclasses are accepted
class MyList(list):
    pass


ml = MyList([3, 1, 2])
heapify(ml)
heappush(ml, 0)
print(ml, type(ml).__name__, heappop(ml), ml)

# edge cases and errors
print(heappushpop([], 5), heappop([7]))
h = [1]
print(heapreplace(h, 9), h)
attempt(heappop, [])
attempt(heapreplace, [], 1)
attempt(heappush, (), 1)
attempt(heappush, None, 1)
attempt(heappop, 5)
attempt(heapify, (3, 1))
attempt(heapreplace, {}, 1)
attempt(heappushpop, 'ab', 'c')
h = [1, 'a']
attempt(heappush, h, 'b')
attempt(heapify, [3, 'x', 1])
h = [2]
attempt(heappush, h, None)
print(h)
print(sorted(heapq.__all__))
