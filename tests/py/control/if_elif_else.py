# if/elif/else chains and conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
for v in [0, 1, "", "x", None, [], [0]]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
msg = "odd" if x % 2 else "even"
print(msg, "big" if x > 5 else "small" if x > 2 else "tiny")
if x > 5:
    if x > 6:
        print("gt6")
    else:
        print("eq6")
if x:
    pass
else:
    print("unreachable")
y = None
if y is None and x > 0 or False:
    print("compound condition")
if not (x < 0 or x > 100):
    print("in range")
if (n := len("hello")) > 3:
    print("walrus in if", n)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 50, 90, 80)])
def sign(v):
    return 1 if v > 0 else -1 if v < 0 else 0
print(sign(3), sign(-2.5), sign(0), sign(-0.0))
