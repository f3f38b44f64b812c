rows = [
    ("hydrogen", 1, 1.008, 13.598),
    ("helium", 2, 4.0026, 24.587),
    ("lithium", 3, 6.94, 5.3917),
    ("carbon", 6, 12.011, 11.2603),
    ("oxygen", 8, 15.999, 13.6181),
    ("iron", 26, 55.845, 7.9025),
]
header = ("element", "Z", "mass", "IE/eV")
print("{:<10}|{:>4}|{:>9}|{:>8}".format(*header))
print("-" * 10 + "+" + "-" * 4 + "+" + "-" * 9 + "+" + "-" * 8)
for name, z, m, ie in rows:
    print("{:<10}|{:>4d}|{:>9.3f}|{:>8.2f}".format(name, z, m, ie))
print("=" * 34)
tot = sum(r[2] for r in rows)
print(f"{'total':<10}|{'':>4}|{tot:>9.3f}|{'':>8}")
print()
w = max(len(r[0]) for r in rows)
for name, z, m, ie in sorted(rows, key=lambda r: -r[3]):
    bar = "#" * int(ie)
    print(f"{name:>{w}} {ie:6.2f} {bar}")
print()
print(f"{'Z':^5}|{'mass':^10}|{'ratio':^8}")
for name, z, m, ie in rows:
    print(f"{z:^5}|{m:^10.4g}|{m / z:^8.3f}")
print()
cols = list(zip(*rows))
print(" ".join(f"{c:>8}" for c in cols[0]))
print(" ".join(f"{c:>8.1e}" for c in cols[2]))
print(" ".join(f"{c:>+8.1%}" for c in [0.05, -0.125, 1.0, 0.0, 0.333, -1.5]))
print("|".join("{:*^7}".format(s) for s in ["a", "bb", "ccc"]))
print("{:,.2f} {:>15,} {:<12_}|".format(1234567.891, 9876543210, 12345678))
