def run(rounds):
    acc = 0
    x = 987654
    for r in range(rounds):
        data = []
        for i in range(5000):
            x = (x * 69069 + 1) % 4294967296
            data.append(x % 100000)
        s = sorted(data)
        sq = [v * v % 1009 for v in s if v % 3]
        d = {v % 257: v for v in sq}
        pairs = sorted(d.items(), key=lambda kv: (kv[1], kv[0]))
        words = sorted(str(v) for v in data[:1000])
        acc += s[len(s) // 2] + len(sq) + pairs[0][1] + len(words[0]) + sum(d.values()) % 1000
    return acc

print("sort checksum", run(90))
