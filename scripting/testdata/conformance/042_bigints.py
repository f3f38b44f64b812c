print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
big = int("123456789012345678901234567890")
print(big, big * big, big // 7, big % 7)
print(big + 1, big - big, -big, abs(-big))
print(10 ** 30 // 3, 10 ** 30 % 3, divmod(10 ** 25, 12345))
print(pow(3, 200, 1000000007), pow(2, 10 ** 6, 97), pow(7, 0, 13))
print(pow(3, -1, 7), pow(2, -2))
print((2 ** 200).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 100))
print(int(1e20), int(-1e20), int(2.0 ** 70))
print(hex(2 ** 80), bin(2 ** 20), oct(8 ** 10))
print(int("ff" * 10, 16), int("1" * 70, 2))
print((1 << 100) >> 98, (2 ** 100) & (2 ** 100 - 1), (2 ** 70) | 1, (2 ** 65) ^ (2 ** 64))
print(-(2 ** 70) >> 3, ~(2 ** 70))
a, b = 2 ** 89 - 1, 2 ** 61 - 1
while b:
    a, b = b, a % b
print("gcd", a)
fibs = [0, 1]
for _ in range(200):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1])
print(str(3 ** 150)[:20], str(3 ** 150)[-20:])
print(10 ** 20 / 3, 2 ** 100 / 2 ** 50, (10 ** 18 + 1) / 10)
print(-(10 ** 20) // 7, -(10 ** 20) % 7, 10 ** 20 // -7)
print(max(2 ** 100, 2 ** 99 * 3), sorted([2 ** 65, -(2 ** 65), 0]))
print(int(" -42 "), int("+17"), int("1_000_000"), int("0x1F", 16), int("0b101", 0), int("z", 36))
