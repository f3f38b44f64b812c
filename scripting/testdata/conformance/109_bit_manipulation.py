def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)], bin(255).count("1"), popcount(2 ** 100 - 1))
print([n for n in range(1, 70) if n & (n - 1) == 0])
def bits(n, width=8):
    return format(n & ((1 << width) - 1), "0%db" % width)
for n in [0, 1, 5, 127, 128, 255, -1, -128]:
    print("%5d %s" % (n, bits(n)))
x = 0b10110100
print(x & -x, bits(x & -x), x ^ (x >> 1), bits(x ^ (x >> 1)))
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [bits(g, 3) for g in gray])
def set_bit(v, i): return v | (1 << i)
def clear_bit(v, i): return v & ~(1 << i)
def toggle(v, i): return v ^ (1 << i)
def test(v, i): return (v >> i) & 1 == 1
v = 0
v = set_bit(v, 3); v = set_bit(v, 0); v = toggle(v, 5)
print(v, bin(v), test(v, 3), test(v, 2))
v = clear_bit(v, 3)
print(v, bin(v))
subsets = [[e for j, e in enumerate("abc") if mask >> j & 1] for mask in range(8)]
print(subsets)
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n) for n in (1, 2, 3, 0b11010000)])
print(-1 >> 10, -1 << 3, ~0, ~-1, 5 & -5, -5 & 0xFF, (-5) % 256)
print(0xDEADBEEF >> 16, hex(0xDEADBEEF & 0xFFFF), hex(0xCAFE << 16 | 0xBABE))
mask = (1 << 64) - 1
def xorshift(s):
    s ^= (s << 13) & mask
    s ^= s >> 7
    s ^= (s << 17) & mask
    return s
s = 88172645463325252
out = []
for _ in range(5):
    s = xorshift(s)
    out.append(s % 1000)
print(out, s)
print(int.bit_length(1023), (1024).bit_length(), (-(2 ** 64)).bit_length())
