# min() and max() with iterables, multiple args, key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((4, 5, 0)), min("hello"), max("hello"))
print(min([], default="empty"), max((), default=None), min([7], default=0), max(range(0), default=-1))
words = ["banana", "kiwi", "apple", "fig"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min(-3, 2, -1, key=abs), max([-5, 4], key=abs), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(min([(2, "x"), (2, "y")], key=lambda t: t[0]), max(["aa", "bb"], key=len), min(["aa", "bb"], key=len))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), max(True, 1), min(0, False), max([1, 2], [1, 2, 0]))
print(max({1: "a", 5: "b"}), min({3, 1, 2}), max("abc", "abd"), min(b"xyz"))
print(max(float("-inf"), -1e308), min(float("inf"), 10 ** 400) == 10 ** 400)
print(max(range(10), key=lambda x: (x % 3, x)), min(range(10), key=lambda x: (x % 3, -x)))
for bad in [lambda: min([]), lambda: max(1), lambda: min(1, "a"), lambda: max(default=1), lambda: min(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
scores = {"ann": 91, "bob": 78, "cy": 91}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]), max(scores.values()))
print(max(iter([3, 9, 2])), min((x * x for x in range(-3, 4))))
