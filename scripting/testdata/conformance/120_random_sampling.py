import random
random.seed(2023)
population = list(range(1, 51))
print(random.sample(population, 5))
print(random.sample(population, 5))
print(sorted(random.sample(population, 10)))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(" ".join(h))
print(len(set(deck)), deck[-3:])
random.seed(1)
print([random.choice("HT") for _ in range(20)])
flips = [random.random() < 0.5 for _ in range(1000)]
print(sum(flips))
def bootstrap_mean(data, n, rng):
    means = []
    for _ in range(n):
        s = [rng.choice(data) for _ in data]
        means.append(sum(s) / len(s))
    means.sort()
    return means[int(0.025 * n)], means[int(0.975 * n)]
rng = random.Random(77)
data = [rng.gauss(10, 3) for _ in range(30)]
lo, hi = bootstrap_mean(data, 500, rng)
print("mean %.6f ci [%.6f, %.6f]" % (sum(data) / len(data), lo, hi))
rng = random.Random(5)
print([rng.randint(1, 6) for _ in range(15)])
print([rng.randrange(100, 200, 10) for _ in range(6)])
print([round(rng.uniform(2.5, 3.5), 10) for _ in range(3)])
print(rng.sample("abcdefghij", 4), rng.choice([(1, 2), (3, 4)]))
items = list("abcdef")
rng.shuffle(items)
print(items)
print([rng.getrandbits(8) for _ in range(8)])
print(round(rng.random(), 15), rng.randint(-10 ** 20, 10 ** 20))
