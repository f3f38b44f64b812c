import random
from collections import Counter
random.seed(31)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = Counter(rolls)
for total in range(2, 13):
    n = hist[total]
    print("%2d %4d %s" % (total, n, "#" * (n // 10)))
print("most common", hist.most_common(3))
print("mean %.4f" % (sum(rolls) / len(rolls)))
values = [random.gauss(0, 1) for _ in range(1000)]
lo, hi, nbins = -3.0, 3.0, 12
width = (hi - lo) / nbins
bins = Counter()
outliers = 0
for v in values:
    if lo <= v < hi:
        bins[int((v - lo) // width)] += 1
    else:
        outliers += 1
for b in range(nbins):
    left = lo + b * width
    print("[%5.2f,%5.2f) %3d %s" % (left, left + width, bins[b], "*" * (bins[b] // 5)))
print("outliers", outliers, "total", sum(bins.values()) + outliers)
words = "to be or not to be that is the question whether tis nobler".split()
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
