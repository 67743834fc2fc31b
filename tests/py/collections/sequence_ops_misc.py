# Common sequence operations across list, tuple, str and range
seqs = [[3, 1, 2], (3, 1, 2), "312", range(3, 0, -1)]
for s in seqs:
    print(type(s).__name__, len(s), s[0], s[-1], s[1:], min(s), max(s), list(reversed(s)), s.index(s[1]), s.count(s[0]))
print([1, 2] * -1, (1,) * 0, "ab" * 2, [None] * 3)
print([1, 2, 3].index(3, 1, 3), (1, 2, 1, 2).index(2, 2), "abcabc".index("c", 3))
print(list(enumerate(["a", "b"], start=10)), list(enumerate({"x": 1, "y": 2})))
print(list(zip([1, 2, 3], "ab", (True, False, None))), list(zip()), list(zip([1])))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 0.25], 10))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]), any([]), all([]))
a = [1, 2, 3]
b = a[::-1]
a.reverse()
print(a == b, a, b)
print(len([[]]), len([[], []]), len(""), len(" "), len(range(0, 100, 7)))
print([x for x in (1, 2, 3)] == list((1, 2, 3)), tuple([1, 2]) == (1, 2))
print(min([3, 1, 2], key=lambda v: -v), max("apple", "pear", key=len), min([], default="none"))
print(list(map(len, ["a", "bb", "ccc"])), list(filter(None, [0, 1, "", "x", [], [0]])))
print(", ".join(map(str, sorted(set([3, 1, 3, 2, 1])))))
nums = [4, 8, 15, 16, 23, 42]
print(nums[len(nums) // 2], nums[-len(nums)], nums[::len(nums) - 1])
i = 0
total = 0
while i < len(nums):
    total += nums[i]
    i += 2
print(total)
print([1, 2, 3][-1:-4:-1], "hello"[-1:-6:-2], tuple(range(10))[7:2:-2])
