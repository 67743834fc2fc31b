# A module whose body raises is removed from sys.modules and the error propagates;
# importing it again runs it again.
import sys
sys.path.insert(0, "_lib")
for attempt in range(2):
    try:
        import boom
    except ValueError as e:
        print(attempt, type(e).__name__, e, "boom" in sys.modules)
print("boom" in dir())
