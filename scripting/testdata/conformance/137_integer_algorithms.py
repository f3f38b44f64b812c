def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        raise ValueError("no inverse for %d mod %d" % (a, m))
    return x % m
print(gcd(462, 1071), gcd(-12, 18), gcd(0, 0), ext_gcd(240, 46))
print(modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
def crt(rems, mods):
    x, M = 0, 1
    for m in mods:
        M *= m
    for r, m in zip(rems, mods):
        Mi = M // m
        x += r * Mi * modinv(Mi, m)
    return x % M
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
def phi(n):
    result, p = n, 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result
print([phi(n) for n in range(1, 21)])
def digit_sum(n):
    return sum(int(d) for d in str(n))
print(digit_sum(2 ** 100), digit_sum(12345), [n for n in range(1, 200) if n % digit_sum(n) == 0][:12])
def perfect(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
print([n for n in range(2, 500) if perfect(n)])
def pascal(n):
    row = [1]
    rows = []
    for _ in range(n):
        rows.append(row)
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return rows
for r in pascal(8):
    print(" ".join(map(str, r)).center(40).rstrip())
print(pascal(61)[-1][30], 2 ** 64 % 1000, (-7) ** 3, 7 ** 2)
print(int("1" * 30) % 7, 10 ** 30 // 7 % 10 ** 6, -(10 ** 30) // 7 % 10 ** 6)
