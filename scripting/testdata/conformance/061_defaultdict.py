from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(sorted(groups.items()))
print(groups["z"], "z" in groups, len(groups))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], dict(sorted(counts.items())))
adj = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1), (2, 3)]:
    adj[a].add(b)
    adj[b].add(a)
for node in sorted(adj):
    print(node, sorted(adj[node]))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(sorted(t["a"]), t["a"]["b"]["c"])
dd = defaultdict(lambda: "N/A")
dd["k"] = "v"
print(dd["k"], dd["other"], len(dd))
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"a": 1})))
print(defaultdict(list).default_factory is list, isinstance(counts, dict))
print(counts.get("nope"), "nope" in counts)
matrix = defaultdict(float)
for i, j, v in [(0, 0, 1.5), (1, 2, -2.0), (0, 0, 0.5)]:
    matrix[i, j] += v
print(sorted(matrix.items()))
inv = defaultdict(list)
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv[v].append(k)
print(dict(inv))
