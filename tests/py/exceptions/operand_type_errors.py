# TypeError messages for bad operands and unsupported operations
five, nothing, three = 5, None, 3
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 - "x",
    lambda: "x" * "y",
    lambda: [1] * 1.5,
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 < "a",
    lambda: [1] < (1,),
    lambda: None > None,
    lambda: {1} < [1],
    lambda: -"s",
    lambda: ~1.5,
    lambda: abs("x"),
    lambda: five[0],
    lambda: nothing[0],
    lambda: (1, 2)[0] + three[0],
    lambda: len(42),
    lambda: iter(5),
    lambda: [x for x in 3.5],
    lambda: {[1]: 2},
    lambda: hash([]),
    lambda: set([{}]),
    lambda: "abc".index(1),
    lambda: int([1]),
    lambda: float(None),
    lambda: 1 & 1.0,
    lambda: 2 ** "2",
    lambda: 1 << 1.0,
    lambda: "%d" % "x",
    lambda: divmod("a", 1),
    lambda: sum(["a", "b"]),
    lambda: ord(65),
    lambda: chr("a"),
    lambda: "a".join([1]),
    lambda: max(1),
    lambda: (1).real(),
]
for fn in cases:
    try:
        fn()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)
