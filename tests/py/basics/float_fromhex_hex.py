# float.fromhex (rounding, subnormals, overflow, errors, subclasses) and float.hex.
for s in ['0x1.8p1', '-0x1p-1074', '0x.8', '1p4', '  0X1.FFFFFFFFFFFFFP+1023 ', 'inf', '-nan', '0x1p1024', '0x1.000000000000001p0',
          '0x1.0000000000000801p0', 'x', '0x', '.p1', '0x1p', '0x1p+', '1.', '-0x0p0', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', 'Infinity', '0x1p99999', '0x1p-99999']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for x in (1.0, -0.1, 0.0, 2.5, 5e-324, 1e300, 123.456):
    print(float.fromhex(x.hex()) == x, x.hex())


class F(float):
    pass


print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
