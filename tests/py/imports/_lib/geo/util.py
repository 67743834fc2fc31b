def double(x):
    return 2 * x
WHO = __name__
