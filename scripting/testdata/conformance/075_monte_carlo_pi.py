import random
import math

def estimate_pi(n, seed):
    rng = random.Random(seed)
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n

for n in [100, 1000, 10000, 50000]:
    est = estimate_pi(n, 2024)
    print("n=%6d  pi~%.6f  err=%.6f" % (n, est, abs(est - math.pi)))

random.seed(1)
def random_walk(steps):
    x = 0
    path = [0]
    for _ in range(steps):
        x += random.choice((-1, 1))
        path.append(x)
    return path
walk = random_walk(200)
print("final", walk[-1], "max", max(walk), "min", min(walk))
print("returns to origin", sum(1 for p in walk[1:] if p == 0))

def integrate_mc(f, a, b, n, rng):
    total = 0.0
    for _ in range(n):
        total += f(rng.uniform(a, b))
    return (b - a) * total / n
rng = random.Random(7)
val = integrate_mc(lambda t: t * t, 0.0, 3.0, 20000, rng)
print("int x^2 0..3 ~ %.5f (exact 9)" % val)
rng = random.Random(99)
samples = [rng.gauss(5.0, 2.0) for _ in range(5000)]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
print("gauss mean %.6f sd %.6f" % (mean, math.sqrt(var)))
print("first samples", [round(s, 6) for s in samples[:4]])
