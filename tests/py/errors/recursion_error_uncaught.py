# Runaway recursion ends with an uncaught RecursionError after normal output
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print("bounded recursion:", depth_ok(200))
def forever(n):
    if n % 250 == 0:
        print("depth", n)
    return forever(n + 1) + 1
print("starting runaway recursion")
forever(1)
print("never printed")
