# Composing generators into lazy pipelines over infinite sources
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def filt(pred, it):
    for v in it:
        if pred(v):
            yield v
def mapped(f, it):
    for v in it:
        yield f(v)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
print(list(take(5, mapped(lambda x: x ** 2, filt(lambda x: x % 3 == 0, naturals())))))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(take(4, window(naturals(), 3))))
def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(take(8, running_sum(naturals()))))
def cycle(seq):
    while True:
        yield from seq
print(list(take(7, cycle("abc"))))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave([1, 2, 3], "ab", (10,))))
def chunks(it, n):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(10), 4)))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), max(collatz(27)), sum(1 for _ in collatz(97)))
