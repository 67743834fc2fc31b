# This file does not compile: nothing runs, a SyntaxError is reported, exit status 1
print("this line never runs because the file does not compile")
def fine(a, b):
    return a + b
class AlsoFine:
    value = fine(1, 2)
def broken(:
    return 1
print(fine(3, 4))
print(AlsoFine.value)
