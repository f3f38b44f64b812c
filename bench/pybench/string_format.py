def run(n):
    total = 0
    parts = []
    for i in range(n):
        s = "%05d|%-8s|%8.3f" % (i, "k%d" % (i % 97), i * 0.125)
        t = "{:>6}:{:x}:{:.2e}".format(i, i * 31, i / 7.0)
        u = f"{i:,} {s[:5]} {t[-4:]}"
        total += len(s) + len(t) + len(u)
        parts.append(u[:3])
        if len(parts) >= 100:
            total += len(",".join(parts))
            parts = []
    return total

print("string checksum", run(250000))
