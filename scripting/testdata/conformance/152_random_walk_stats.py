import random
import math
rng = random.Random(2718)
def walk2d(n):
    x = y = 0
    for _ in range(n):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
    return x, y
for n in (10, 100, 1000):
    ends = [walk2d(n) for _ in range(200)]
    msd = sum(x * x + y * y for x, y in ends) / len(ends)
    print("n=%5d <R^2>=%9.3f ratio=%.4f" % (n, msd, msd / n))
rng.seed(1)
steps = [rng.gauss(0, 1) for _ in range(10)]
print([round(s, 10) for s in steps])
pos = 0.0
traj = []
for s in steps:
    pos += s
    traj.append(round(pos, 8))
print(traj)
print("max excursion %.8f" % max(abs(p) for p in traj))
rng.seed(42)
hits = 0
trials = 2000
for _ in range(trials):
    x = 0
    for _ in range(50):
        x += 1 if rng.random() < 0.5 else -1
        if x >= 5:
            hits += 1
            break
print("P(hit +5 in 50 steps) ~ %.4f" % (hits / trials))
print(math.isclose(hits / trials, 0.5, abs_tol=0.2))
