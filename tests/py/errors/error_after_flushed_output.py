# Lots of stdout before an uncaught AttributeError: all of it must appear
for i in range(200):
    print("line", i, "x" * (i % 17))
value = 42
value.append(1)
