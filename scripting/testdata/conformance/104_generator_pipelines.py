LOG = """2024-01-01 10:00:01 INFO start run=1
2024-01-01 10:00:02 DEBUG loading data
2024-01-01 10:00:05 WARN slow read took=3.2
2024-01-01 10:00:07 INFO epoch=1 loss=0.9312
2024-01-01 10:00:09 ERROR nan detected
2024-01-01 10:00:11 INFO epoch=2 loss=0.5120
2024-01-01 10:00:13 WARN slow read took=2.7
2024-01-01 10:00:15 INFO epoch=3 loss=0.3301
2024-01-01 10:00:16 INFO done"""
def lines(text):
    for ln in text.splitlines():
        yield ln
def parse(ls):
    for ln in ls:
        date, time, level, msg = ln.split(" ", 3)
        yield {"time": time, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def kv(recs):
    for r in recs:
        pairs = dict(tok.split("=") for tok in r["msg"].split() if "=" in tok)
        if pairs:
            yield r["time"], pairs
records = list(parse(lines(LOG)))
print(len(records), sorted(set(r["level"] for r in records)))
for t, p in kv(only("INFO", records)):
    print(t, p)
warn_times = [float(p["took"]) for _, p in kv(only("WARN", records))]
print(warn_times, sum(warn_times))
losses = [float(p["loss"]) for _, p in kv(records) if "loss" in p]
print(losses, min(losses))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))
def running_total(it):
    t = 0
    for x in it:
        t += x
        yield t
print(list(running_total(x * x for x in range(8))))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 4])), "".join(dedupe("mississippi")))
counts = {}
for r in records:
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))
