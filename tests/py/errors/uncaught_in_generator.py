# An exception escaping a generator while a for loop consumes it
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out of items")
for n in numbers():
    print("got", n)
print("not reached")
