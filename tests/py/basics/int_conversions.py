# int() and float() conversions
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e10), int(True))
print(int('42'), int('-42'), int('  +42\n'), int('0'), int('000123'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('777', 8), int('101', 2), int('z', 36), int('Zz', 36), int('10', 3))
print(int('1_000', 0), int('12_34'), int('-0b11', 0))
print(int(10 ** 30 + 0.0) == 10 ** 30, int(1e30))
print(int('123456789012345678901234567890'))
print(float('3.25'), float('-1e-3'), float('  7  '), float('1E5'), float('.5'), float('5.'))
print(float(7), float(-0), float(10 ** 20), float('0x1p3'.replace('0x1p3', '8')))
print(str(12), str(-0), str(12.0), str(1.5e300), str(10 ** 25))
print(repr(1), repr(1.0), repr(-1.25))
for text in ['12', '-1', '1.5', 'abc', '', '0x10', ' 3 ']:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
for text in ['1.5', 'inf', '-nan', 'x', '1e', '1_5']:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
print(int.__name__, int(), float(), int('  -0  '))
print(round(3.7), round(-3.7), round(3.14159, 3), round(1234, -2), round(1250, -2), round(1350, -2))
