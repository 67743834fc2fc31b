# An uncaught ValueError after some output: stdout is kept, exit status 1
print("before the error")
values = ["1", "2", "abc", "4"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
print("never printed")
print(total)
print("nor this")
