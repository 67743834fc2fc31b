# Lots of stdout before an uncaught AttributeError: all of it must appear, unbuffered or not
for i in range(200):
    print("line", i, "x" * (i % 17))
squares = [n * n for n in range(10)]
print("squares", squares)
total = sum(squares)
print("total", total)
value = 42
print("value is", value)
value.append(1)
print("never printed")
