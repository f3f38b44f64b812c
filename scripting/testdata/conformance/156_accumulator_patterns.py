data = [4, 8, 15, 16, 23, 42]
total = 0
running = []
for x in data:
    total += x
    running.append(total)
print(running)
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print("mean=%.4f var=%.4f sd=%.4f" % (mean, var, var ** 0.5))
mx = mn = data[0]
imax = 0
for i, x in enumerate(data):
    if x > mx:
        mx, imax = x, i
    mn = min(mn, x)
print(mx, imax, mn)
counts = [0] * 5
for x in data:
    counts[x % 5] += 1
print(counts)
pairs = []
for i in range(len(data)):
    for j in range(i + 1, len(data)):
        if (data[i] + data[j]) % 10 == 0:
            pairs.append((data[i], data[j]))
print(pairs)
prod = 1
for x in data:
    prod *= x
print(prod, len(str(prod)))
evens, odds = [], []
for x in data:
    (evens if x % 2 == 0 else odds).append(x)
print(evens, odds)
diffs = [b - a for a, b in zip(data, data[1:])]
print(diffs, sum(diffs) == data[-1] - data[0])
normalized = [round((x - mn) / (mx - mn), 4) for x in data]
print(normalized)
ema, alpha, out = None, 0.5, []
for x in data:
    ema = x if ema is None else alpha * x + (1 - alpha) * ema
    out.append(ema)
print(out)
matrix = [[i * j for j in range(1, 5)] for i in range(1, 5)]
row_sums = [sum(r) for r in matrix]
col_sums = [sum(c) for c in zip(*matrix)]
print(row_sums, col_sums, sum(row_sums) == sum(col_sums))
