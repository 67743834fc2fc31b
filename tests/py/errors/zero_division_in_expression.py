# ZeroDivisionError from a nested expression at module level
rates = [4, 2, 1, 0]
for r in rates:
    print(f"1/{r} =", 1 / r)
