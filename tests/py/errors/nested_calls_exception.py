# An exception raised several calls deep propagates to the top level
def level_one(x):
    print("level_one", x)
    return level_two(x * 2)
def level_two(y):
    print("level_two", y)
    return level_three(y - 4)
def level_three(z):
    print("level_three", z)
    return 100 // z
print(level_one(5))
print(level_one(2))
