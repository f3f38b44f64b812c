L = 5
def idx(i, j):
    return (i % L) * L + (j % L)
def neighbors(i, j):
    return sorted({idx(i + 1, j), idx(i - 1, j), idx(i, j + 1), idx(i, j - 1)})
print(neighbors(0, 0), neighbors(2, 2), neighbors(4, 4))
nbr = {idx(i, j): neighbors(i, j) for i in range(L) for j in range(L)}
print(len(nbr), all(len(v) == 4 for v in nbr.values()))
print(all(a in nbr[b] for a in nbr for b in nbr[a]))
spins = [1 if (i * 7 + 3) % 5 < 3 else -1 for i in range(L * L)]
for r in range(L):
    print(" ".join("%+d" % s for s in spins[r * L:(r + 1) * L]))
E = -sum(spins[a] * spins[b] for a in nbr for b in nbr[a]) // 2
print("E =", E, "M =", sum(spins))
def flood(start):
    s = spins[start]
    seen, stack = {start}, [start]
    while stack:
        n = stack.pop()
        for m in nbr[n]:
            if m not in seen and spins[m] == s:
                seen.add(m)
                stack.append(m)
    return seen
clusters, assigned = [], set()
for site in range(L * L):
    if site not in assigned:
        c = flood(site)
        assigned |= c
        clusters.append((spins[site], len(c), min(c)))
print(sorted(clusters, key=lambda c: (-c[1], c[2])))
print(len(clusters), sum(c[1] for c in clusters))
hex_nb = lambda q, r: [(q + dq, r + dr) for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))]
print(hex_nb(0, 0))
