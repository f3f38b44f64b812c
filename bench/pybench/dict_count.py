def run(n):
    counts = {}
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % 5003
        counts[k] = counts.get(k, 0) + 1
    pairs = {}
    for k, c in counts.items():
        pairs[c] = pairs.get(c, 0) + 1
    return len(counts), max(counts.values()), min(counts.values()), sum(k * c for k, c in counts.items()) % 1000003, len(pairs)

print("dict checksum", run(2000000))
