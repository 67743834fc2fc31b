# Bitwise operators on small ints and bools
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 0), (255, 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64)
print(-8 >> 1, -7 >> 1, -1 >> 1, 7 >> 1)
print(0b1100 & 0b1010 == 0b1000, 0xF0 | 0x0F == 0xFF)
x = 0b1111
x &= 0b0101
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
print(5 & 3 | 4 ^ 1, 5 & (3 | 4) ^ 1, 1 + 2 << 3, 1 + (2 << 3))
print(6 & -6, 40 & -40, (1 << 10) - 1 & 1234)
print((5).bit_length(), (-5).bit_length(), (1023).bit_length(), (1024).bit_length())
