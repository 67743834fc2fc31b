# This file does not compile: an IndentationError, exit status 1
print("never printed")
if True:
print("body not indented")
