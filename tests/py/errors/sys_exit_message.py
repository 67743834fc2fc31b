# sys.exit with a string prints it to stderr and exits with status 1
import sys
print("partial output")
sys.exit("fatal: configuration missing")
