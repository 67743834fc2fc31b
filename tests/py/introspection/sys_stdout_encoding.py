# sys.stdout / sys.stderr encoding attribute (utf-8 in the suite's environment).
import sys
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""))
