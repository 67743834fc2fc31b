# Bitwise operations on big and negative integers (two's complement semantics)
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~(-a))
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(a << 10, a >> 10, -a >> 10, -a << 3)
print(1 << 200, (1 << 200) >> 199)
print(-1 >> 100, -1 << 100, 5 >> 100)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1, (2 ** 64) ^ (2 ** 64))
print((-2 ** 64) & 0xFFFFFFFFFFFFFFFFFF)
print(a.bit_length(), b.bit_length(), (-a).bit_length(), (0).bit_length())
print((2 ** 64 - 1).bit_count(), (-255).bit_count(), (0).bit_count())
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, bin(x))
print([i for i in range(130) if x >> i & 1])
print(-(2 ** 70) >> 1, -(2 ** 70 + 1) >> 1)
print(~0, ~-1, ~(2 ** 63))
