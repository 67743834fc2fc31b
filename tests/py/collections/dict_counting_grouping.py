# Counting, grouping and inverting with plain dicts
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len, sorted(by_len))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(top, [letters[c] for c in top])
students = [("ann", "math", 90), ("bob", "math", 70), ("ann", "art", 85), ("cat", "art", 95), ("bob", "art", 60)]
per_subject = {}
for name, subj, score in students:
    per_subject.setdefault(subj, {})[name] = score
print(per_subject)
avg = {s: sum(v.values()) / len(v) for s, v in per_subject.items()}
print(avg)
best = {s: max(v, key=v.get) for s, v in per_subject.items()}
print(best)
inverse = {}
for k, v in {"a": 1, "b": 2, "c": 1, "d": 3}.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
hist = {}
for n in [1, 5, 3, 8, 5, 1, 9, 5]:
    hist[n] = hist.get(n, 0) + 1
for k in sorted(hist):
    print(f"{k}: {'*' * hist[k]}")
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
memo = {}
def fib(n):
    if n not in memo:
        memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
