# This file does not compile: an IndentationError, exit status 1, nothing printed
print("never printed")
def helper(x):
    return x * 2
values = [1, 2, 3]
for v in values:
    print(helper(v))
if values:
print("body not indented")
print("never printed either")
