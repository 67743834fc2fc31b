# A failing assert with a message; output before it is kept
def mean(xs):
    assert isinstance(xs, list), "mean() needs a list"
    assert xs, "mean() of empty list"
    return sum(xs) / len(xs)
samples = [[1, 2, 3], [10], [2.5, 3.5]]
for s in samples:
    print("mean of", s, "is", mean(s))
assert mean([4, 4]) == 4, "not reached as a failure"
print("about to fail")
print(mean([]))
print("never printed")
