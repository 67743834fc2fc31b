"""Integer loop with a dict: counting residues and a Collatz cache."""


def residues(n):
    counts = {}
    for i in range(n):
        k = (i * 7 + 3) % 1000
        counts[k] = counts.get(k, 0) + 1
    return counts


def collatz_max(limit):
    cache = {1: 1}
    best = 0
    for start in range(2, limit):
        n = start
        steps = 0
        while n not in cache:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        total = steps + cache[n]
        cache[start] = total
        if total > best:
            best = total
    return best


c = residues(2_000_000)
print(len(c), c[3], sum(c.values()))
print(collatz_max(300_000))
