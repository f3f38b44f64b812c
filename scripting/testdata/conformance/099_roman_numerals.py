VALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for v, s in VALS:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print("%4d %-12s %4d" % (n, r, from_roman(r)))
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
for bad in (0, 4000, -5):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError:", e)
longest = max(range(1, 4000), key=lambda i: (len(to_roman(i)), -i))
print(longest, to_roman(longest))
print(sorted(["XL", "IX", "MMXX", "CD"], key=from_roman))
def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
