from itertools import groupby, accumulate, islice, chain, product, combinations
readings = [("mon", "A", 20.5), ("mon", "B", 21.0), ("tue", "A", 19.0), ("tue", "B", 22.5),
            ("tue", "C", 18.0), ("wed", "A", 23.5), ("wed", "C", 17.5)]
for day, grp in groupby(readings, key=lambda r: r[0]):
    vals = [r[2] for r in grp]
    print(day, len(vals), "mean=%.3f max=%.1f" % (sum(vals) / len(vals), max(vals)))
by_sensor = sorted(readings, key=lambda r: r[1])
for sensor, grp in groupby(by_sensor, key=lambda r: r[1]):
    print(sensor, [r[0] for r in grp])
daily = [3, -1, 4, -1, 5, -9, 2, 6]
print(list(accumulate(daily)), list(accumulate(daily, max)), list(accumulate(daily, min)))
cum = list(accumulate(daily))
peak = list(accumulate(cum, max))
print("drawdown", [p - c for p, c in zip(peak, cum)])
print(list(islice(chain.from_iterable(product("ab", repeat=2)), 6)))
pairs = [(a, b) for a, b in combinations(range(1, 8), 2) if (a + b) % 5 == 0]
print(pairs)
runs = [len(list(g)) for k, g in groupby([1, 1, 0, 1, 1, 1, 0, 0, 1]) if k == 1]
print("runs of ones", runs, max(runs))
words = sorted("apple bat car art bee cat dog ant".split(), key=len)
for length, grp in groupby(words, key=len):
    print(length, sorted(grp))
moving = [sum(daily[i:i + 3]) / 3 for i in range(len(daily) - 2)]
print([round(m, 4) for m in moving])
