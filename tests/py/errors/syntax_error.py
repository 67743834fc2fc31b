# This file does not compile: nothing runs, a SyntaxError is reported, exit status 1
print("this line never runs because the file does not compile")
def broken(:
    return 1
