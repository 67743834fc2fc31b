# Enormous allocations raise MemoryError (or OverflowError) which can be caught; the program continues
try:
    big = [0] * 10 ** 12
    print("allocated?!", len(big))
except MemoryError as e:
    print("MemoryError caught:", type(e).__name__, repr(str(e)))
try:
    s = "x" * 10 ** 15
    print("allocated?!", len(s))
except MemoryError as e:
    print("MemoryError caught for str repeat:", type(e).__name__)
try:
    b = b"ab" * 10 ** 15
except MemoryError:
    print("MemoryError caught for bytes repeat")
try:
    t = (1, 2) * 10 ** 15
except MemoryError:
    print("MemoryError caught for tuple repeat")
try:
    [0] * 2 ** 62
except (MemoryError, OverflowError) as e:
    print("huge list:", type(e).__name__)
small = [0] * 10 ** 6
print("normal allocation still works", len(small), sum(small))
print(issubclass(MemoryError, Exception))
