# ZeroDivisionError from a nested expression at module level
rates = [4, 2, 1, 0.5, 0]
results = []
for r in rates:
    inverse = 1 / r
    results.append(inverse)
    print(f"1/{r} =", inverse)
print("all inverses", results)
print("never printed")
print("nor this")
