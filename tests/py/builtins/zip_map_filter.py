# zip(), map(), filter()
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([])), list(zip("ab")))
print(list(zip(range(3), range(10, 13), range(20, 23))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(map(str, [1, 2, 3])), list(map(len, ["", "ab", "abc"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(int, "123")), list(map(str.upper, "ab")), list(map(abs, [-1, 2, -3])))
print(list(map(pow, [2, 3], [5, 2], [7, 100])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")), list(filter(None, [])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda c: c in "aeiou", "education")
print("".join(f))
z = zip(range(3), "ab")
print(next(z), list(z))
print(sum(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(filter(lambda w: len(w) > 2, map(str.strip, [" hi ", " hello ", "hey "]))))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
