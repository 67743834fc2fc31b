# abs(), round() (banker's rounding and ndigits), divmod(), pow() with modulus
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30), abs(float("-inf")))
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.5000001]])
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.25, 1), round(1.25, 1))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2), round(1e20, 2))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(1234567, -3), round(150, -2), round(250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(-0.4), round(0.0))
print(round(123.456, 10), round(0.1 + 0.2, 15), round(2.5, None), round(-3.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(9, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 11), pow(5, 0, 1), pow(7, 2, -5))
print(pow(123456789, 987654321, 1000000007), pow(2, 10 ** 6, 97))
print(pow(base=2, exp=5), pow(2, 5, mod=7))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: round("x"), lambda: abs(None),
            lambda: pow(1, 2, 3, 4), lambda: pow(*(1, 2), mod=3, base=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class R:
    def __round__(self, nd=None):
        return f"R rounded to {nd}"
print(round(R()), round(R(), 3))
