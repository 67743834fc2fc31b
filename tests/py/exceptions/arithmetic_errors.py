# Messages of arithmetic errors
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("pow(2, -1, 5)", lambda: pow(2, -1, 5)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
    ("round(float('inf'))", lambda: round(float("inf"))),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("1e308 * 10", lambda: 1e308 * 10),
]
for label, fn in cases:
    try:
        print(label, "=>", fn())
    except ArithmeticError as e:
        print(label, "=>", type(e).__name__ + ":", e)
    except (ValueError, TypeError) as e:
        print(label, "=>", type(e).__name__ + ":", e)
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7))
