from collections import defaultdict, deque
edges = [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c"), ("c", "e"), ("f", "g")]
g = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    g[u].append(v)
    indeg[v] += 1
    indeg[u] += 0
def topo():
    q = deque(sorted(n for n in indeg if indeg[n] == 0))
    out = []
    deg = dict(indeg)
    while q:
        n = q.popleft()
        out.append(n)
        for m in sorted(g[n]):
            deg[m] -= 1
            if deg[m] == 0:
                q.append(m)
    return out
print(topo())
und = defaultdict(set)
for u, v in edges:
    und[u].add(v)
    und[v].add(u)
def components():
    seen, comps = set(), []
    for start in sorted(und):
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in sorted(und[n]):
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps
print(components())
degree = {n: len(und[n]) for n in sorted(und)}
print(degree)
paths = defaultdict(int)
paths["a"] = 1
for n in topo():
    for m in g[n]:
        paths[m] += paths[n]
print(sorted(paths.items()))
word_index = defaultdict(set)
docs = {1: "the cat sat", 2: "the dog sat down", 3: "a cat and a dog"}
for doc_id, text in docs.items():
    for w in text.split():
        word_index[w].add(doc_id)
for w in sorted(word_index):
    print(w, sorted(word_index[w]))
print(sorted(word_index["cat"] & word_index["dog"]), sorted(word_index["sat"] | word_index["a"]))
