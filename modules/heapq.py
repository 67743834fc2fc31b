"""Heap queue algorithm, a.k.a. priority queue (the heapq module), written for pyjit.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k
(a min-heap: a[0] is the smallest item). Provides heappush, heappop, heapify,
heapreplace, heappushpop, merge (key=, reverse=), nlargest and nsmallest
(key=), plus the private max-heap helpers _heapify_max, _heappop_max and
_heapreplace_max and the sift functions _siftdown/_siftup(/_max).

The sifts are the ones CPython uses (sift the new item up from a leaf; to
remove the root, move the smaller child up until a leaf is reached, put the
last item there and sift it back up), so heaps come out in exactly the order
CPython produces and items are compared with `<` only. heapify of a large
list visits the nodes in a different order than CPython's cache-friendly
variant, which gives the same result. As in CPython the heap functions
accept only lists (and list subclasses) and report an empty heap as
IndexError('index out of range').

Known gaps: no check for a list that changes size during a comparison
(CPython raises RuntimeError); a wrong argument count gives Python's own
TypeError message instead of CPython's "heappush expected 2 arguments, got 1".
__about__ holds a short summary, not CPython's essay.
"""

__about__ = """Heap queues: lists kept in heap order (a[k] <= a[2*k+1] and
a[k] <= a[2*k+2]), so that a[0] is always the smallest item and pushing or
popping an item costs O(log n) comparisons."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _not_a_list(func, which, heap):
    got = 'None' if heap is None else type(heap).__name__
    return TypeError('%s() argument%s must be list, not %s' % (func, which, got))


def _siftdown(heap, startpos, pos):
    # The item at pos moves towards the root (but not above startpos)
    # while it is smaller than its parent.
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    # The item at pos goes down: the smaller child moves up until a leaf is
    # reached, then the item is placed there and sifted back towards pos.
    end = len(heap)
    start = pos
    item = heap[pos]
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if parent < item:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _siftdown_max(heap, start, pos)


def heappush(heap, item, /):
    """Add item to the heap, keeping it a heap."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('heappush', ' 1', heap)
    pos = len(heap)
    heap.append(item)
    while pos > 0:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def heappop(heap, /):
    """Remove and return the smallest item of the heap."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('heappop', '', heap)
    if not heap:
        raise IndexError('index out of range')
    last = list.pop(heap)
    if not heap:
        return last
    result = heap[0]
    # _siftup(heap, 0) with `last` as the item, inlined
    end = len(heap)
    limit = end >> 1
    pos = 0
    while pos < limit:
        child = 2 * pos + 1
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
    while pos > 0:
        up = (pos - 1) >> 1
        parent = heap[up]
        if last < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = last
    return result


def heapreplace(heap, item, /):
    """Return the smallest item and put item in its place (one sift).

    The heap must not be empty; the returned value can be larger than item.
    """
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('heapreplace', ' 1', heap)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return result


def heappushpop(heap, item, /):
    """Add item, then remove and return the smallest item, in one step.

    Returns item itself when it is not larger than the heap's smallest item.
    """
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('heappushpop', ' 1', heap)
    if heap:
        top = heap[0]
        if top < item:
            heap[0] = item
            _siftup(heap, 0)
            return top
    return item


def heapify(heap, /):
    """Rearrange the list in place into a heap, in linear time."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('heapify', '', heap)
    i = (len(heap) >> 1) - 1
    while i >= 0:
        _siftup(heap, i)
        i -= 1


def _heappop_max(heap, /):
    """heappop for a max-heap."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('_heappop_max', '', heap)
    if not heap:
        raise IndexError('index out of range')
    last = list.pop(heap)
    if not heap:
        return last
    result = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return result


def _heapreplace_max(heap, item, /):
    """heapreplace for a max-heap."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('_heapreplace_max', ' 1', heap)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return result


def _heapify_max(heap, /):
    """heapify into a max-heap."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_a_list('_heapify_max', '', heap)
    i = (len(heap) >> 1) - 1
    while i >= 0:
        _siftup_max(heap, i)
        i -= 1


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already sorted iterables into one sorted stream.

    key= sorts by key(item); reverse=True expects inputs sorted from largest
    to smallest. Equal items come out in the order of their inputs.
    """
    # Heap entries are [sort value, tie-breaker, item, iterator]; the
    # tie-breaker (the input's position, negated for a max-heap) keeps equal
    # values in the order of their inputs and is never equal between entries.
    if reverse:
        sign = -1
        sift = _siftup_max
        make_heap = _heapify_max
        pop_root = _heappop_max
    else:
        sign = 1
        sift = _siftup
        make_heap = heapify
        pop_root = heappop
    entries = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for item in it:
            if key is None:
                entries.append([item, order * sign, item, it])
            else:
                entries.append([key(item), order * sign, item, it])
            break
        order += 1
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for item in it:
            entry[2] = item
            entry[0] = item if key is None else key(item)
            sift(entries, 0)
            break
        else:
            pop_root(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give them."""
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n best candidates in a max-heap of decorated entries; the
    # running position breaks ties so that earlier items win, as in sorted().
    it = iter(iterable)
    if n <= 0:
        return []
    heap = []
    pos = 0
    if key is None:
        for item in it:
            if pos >= n:
                break
            heap.append((item, pos))
            pos += 1
        else:
            item = None
            it = None
        if not heap:
            return []
        _heapify_max(heap)
        if it is not None:
            top = heap[0][0]
            while True:
                if item < top:
                    _heapreplace_max(heap, (item, pos))
                    top = heap[0][0]
                pos += 1
                for item in it:
                    break
                else:
                    break
        heap.sort()
        return [entry[0] for entry in heap]
    for item in it:
        if pos >= n:
            break
        heap.append((key(item), pos, item))
        pos += 1
    else:
        item = None
        it = None
    if not heap:
        return []
    _heapify_max(heap)
    if it is not None:
        top = heap[0][0]
        while True:
            k = key(item)
            if k < top:
                _heapreplace_max(heap, (k, pos, item))
                top = heap[0][0]
            pos += 1
            for item in it:
                break
            else:
                break
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] would."""
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best candidates; the negated position makes a
    # later item the smaller of two equal ones, so earlier items win.
    it = iter(iterable)
    if n <= 0:
        return []
    heap = []
    pos = 0
    if key is None:
        for item in it:
            if pos >= n:
                break
            heap.append((item, -pos))
            pos += 1
        else:
            item = None
            it = None
        if not heap:
            return []
        heapify(heap)
        if it is not None:
            top = heap[0][0]
            while True:
                if top < item:
                    heapreplace(heap, (item, -pos))
                    top = heap[0][0]
                pos += 1
                for item in it:
                    break
                else:
                    break
        heap.sort(reverse=True)
        return [entry[0] for entry in heap]
    for item in it:
        if pos >= n:
            break
        heap.append((key(item), -pos, item))
        pos += 1
    else:
        item = None
        it = None
    if not heap:
        return []
    heapify(heap)
    if it is not None:
        top = heap[0][0]
        while True:
            k = key(item)
            if top < k:
                heapreplace(heap, (k, -pos, item))
                top = heap[0][0]
            pos += 1
            for item in it:
                break
            else:
                break
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
