import random
from collections import deque
def simulate(arrival_p, service_p, ticks, seed):
    rng = random.Random(seed)
    q = deque()
    served, waits, max_len = 0, [], 0
    busy_until = None
    current = None
    for t in range(ticks):
        if rng.random() < arrival_p:
            q.append(t)
        if current is None and q:
            current = q.popleft()
            waits.append(t - current)
        if current is not None and rng.random() < service_p:
            served += 1
            current = None
        max_len = max(max_len, len(q))
    return served, len(q), max_len, sum(waits) / len(waits) if waits else 0.0
for ap, sp in [(0.3, 0.5), (0.45, 0.5), (0.5, 0.5), (0.2, 0.9)]:
    s, left, mx, avgw = simulate(ap, sp, 5000, 42)
    print("arr=%.2f srv=%.2f served=%5d left=%3d maxq=%3d avgwait=%8.3f" % (ap, sp, s, left, mx, avgw))
rng = random.Random(3)
tellers = [0, 0, 0]
customers = sorted(rng.randint(0, 100) for _ in range(15))
log = []
for arrive in customers:
    k = min(range(3), key=lambda i: (tellers[i], i))
    start = max(arrive, tellers[k])
    dur = rng.randint(3, 12)
    tellers[k] = start + dur
    log.append((arrive, k, start, start + dur))
for row in log:
    print("arrive=%3d teller=%d start=%3d end=%3d wait=%d" % (row + (row[2] - row[0],)))
print("tellers free at", tellers)
