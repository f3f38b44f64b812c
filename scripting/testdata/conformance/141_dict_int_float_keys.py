hist = {}
for v in [0.5, 1.0, 1, 2, 2.0, 2.5, True, 0, False, 0.0, -0.0]:
    hist[v] = hist.get(v, 0) + 1
print(hist)
print(sorted(hist.items()))
lookup = {1: "one", 2.0: "two", 3: "three"}
print(lookup[1.0], lookup[2], lookup[True], 3.0 in lookup, 2.5 in lookup)
energies = {(0, 0): -4.0, (0, 1): -2.0, (1, 1): 0.0}
print(energies[0, 1], energies.get((2, 2), "n/a"), sorted(energies))
d = {10 ** 20: "big", -(10 ** 20): "neg", 2 ** 64: "pow"}
print(d[100000000000000000000], d[float(2 ** 64)], sorted(d))
dm = {}
dm[1] = "a"
dm[1.0] = "b"
dm[True] = "c"
print(dm)
levels = {0.1 * 3: "a", 0.3: "b"}
print(len(levels), sorted(levels.values()))
bins = {}
for x in [0.05, 0.15, 0.25, 0.35, 0.95, 1.0]:
    bins.setdefault(int(x * 10), []).append(x)
print(bins)
print({k: len(v) for k, v in sorted(bins.items(), reverse=True)})
keys = [3, 1.5, -2, 0, 10 ** 3, 2.25]
print(sorted({k: k * 2 for k in keys}.items()))
print(list({5: 0, 1: 0, 3: 0}), list(dict.fromkeys([3, 1, 3, 2, 1])))
