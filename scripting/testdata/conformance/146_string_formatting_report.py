results = [
    {"name": "baseline", "acc": 0.8123, "loss": 0.5312, "params": 1200000, "time": 12.5},
    {"name": "wide", "acc": 0.8457, "loss": 0.4471, "params": 4800000, "time": 31.25},
    {"name": "deep", "acc": 0.8391, "loss": 0.4602, "params": 2400000, "time": 45.0},
    {"name": "tiny", "acc": 0.7012, "loss": 0.8833, "params": 95000, "time": 3.75},
]
hdr = "{:<10} {:>7} {:>8} {:>12} {:>8}".format("model", "acc", "loss", "params", "time")
print(hdr)
print("-" * len(hdr))
for r in results:
    print("{name:<10} {acc:>7.2%} {loss:>8.4f} {params:>12,} {time:>7.1f}s".format(**r))
best = max(results, key=lambda r: r["acc"])
print(f"best: {best['name']!r} with {best['acc']:.1%} accuracy ({best['params'] / 1e6:.1f}M params)")
for r in sorted(results, key=lambda r: r["acc"] / r["time"], reverse=True):
    eff = r["acc"] / r["time"]
    bar = "#" * int(eff * 100)
    print(f"{r['name']:>8}: {eff:8.5f} {bar}")
print("%-10s|%10s|" % ("left", "right"))
print("%+.3e|%08.3f|%-8d|%x" % (6.02214076e23, -3.14159, 42, 48879))
print("{0:>{1}}|{0:<{1}}|{0:^{1}}".format("mid", 9))
summary = " / ".join("{}={:.3g}".format(r["name"], r["loss"]) for r in results)
print(summary)
print(f"{'total params':<14}{sum(r['params'] for r in results):>14,d}")
print(f"{'mean acc':<14}{sum(r['acc'] for r in results) / len(results):>14.6f}")
