# sys.exit(3): output before it is kept, the exit status is 3, nothing on stderr
import sys
print("about to exit")
def finish():
    try:
        sys.exit(3)
    finally:
        print("finally still runs")
finish()
print("not reached")
