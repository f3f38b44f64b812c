scores = {"alice": 90, "bob": 72, "carol": 85, "dave": 72}
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(sum(scores.values()), len(scores))
keys = scores.keys()
print("alice" in keys, "zed" in keys)
scores["eve"] = 60
print(len(keys), sorted(keys))
vals = scores.values()
print(sorted(vals))
by_score = {}
for name, sc in scores.items():
    by_score.setdefault(sc, []).append(name)
print(by_score)
print({k: v for k, v in scores.items() if v > 80})
print(dict(sorted(scores.items())))
merged = dict(scores)
merged.update(frank=50, alice=99)
print(merged)
print(list(zip(scores.keys(), scores.values()))[:2])
try:
    for k in scores:
        scores[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True))
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
print(nested, nested["a"].get("z"))
print(list(reversed(list({1: 1, 2: 2, 3: 3}))))
d = dict.fromkeys(range(5), 0)
for i in range(10):
    d[i % 5] += i
print(d)
print(keys & {"bob", "zed"}, sorted(keys - {"bob"}))
