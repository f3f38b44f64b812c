pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print("%3d %3d | // %3d  %% %3d  divmod %-9s / %r" % (a, b, a // b, a % b, divmod(a, b), a / b))
fp = [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.3), (-1.0, 0.3), (5, 0.5)]
for a, b in fp:
    print(a, b, a // b, round(a % b, 10), divmod(a, b)[0])
print(-0.0 % 5, 0.0 // -1, 5 % -0.5)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.0, 5))
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, 8 ** (1 / 3))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(10 / 5, type(10 / 5).__name__, 10 // 5, type(10 // 5).__name__, 10.0 // 3)
print(7 // 1.5, 7 % 1.5, int(-3.7), int(3.7), round(-3.7))
print(True + True, True * 10, False - 1, True / 2)
print(abs(-5), abs(-5.5), abs(0), -(-3))
print(1_000 + 0x10 + 0o10 + 0b10)
print(17 & 5, 17 | 5, 17 ^ 5, ~17, 1 << 10, 1024 >> 3, -16 >> 2)
x = 10
x //= 3
print(x)
x **= 3
print(x)
x %= 7
print(x)
x <<= 4
x |= 1
x ^= 3
x &= 0xFF
x >>= 1
print(x)
