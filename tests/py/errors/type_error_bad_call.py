# Uncaught TypeError from calling a function with too many arguments
def area(w, h):
    return w * h
shapes = [(2, 3), (4, 5), (1, 1)]
for w, h in shapes:
    print(f"area({w}, {h}) =", area(w, h))
print("sum", sum(area(*s) for s in shapes))
print("calling badly")
print(area(2, 3, 4))
print("never printed")
