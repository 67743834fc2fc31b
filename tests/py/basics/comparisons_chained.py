# Comparisons including chained comparisons and mixed types
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
print(1 < 2 == 2 != 3 >= 3 <= 4)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) in [v(1)])
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [1, 5], x not in (5,), 2 < x is not None)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2])
print(2 ** 64 > 2.0 ** 63, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(1 == True, 0 == False, 2 == True, True < 2)
print(None == None, None is None, None != 0, None == False)
print(float('nan') == float('nan'), float('inf') > 10 ** 400)
print(0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16, 2 ** 53 + 1 == float(2 ** 53 + 1))
a = b = [1]
print(a is b, a == [1], a is [1], not a is b)
print(max(3, 1, 2) == 3 > min(3, 1, 2) == 1)
print((1, "a") < (1, "b"), ("x", 1) < ("x", 0))
