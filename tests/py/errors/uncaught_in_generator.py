# An exception escaping a generator while a for loop consumes it
def numbers(limit):
    for i in range(limit):
        yield i * 10
    raise IndexError("generator ran out of items")
total = 0
for n in numbers(3):
    total += n
    print("got", n, "total", total)
print("not reached", total)
