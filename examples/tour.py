"""A short tour of the Lumen dialect: the Python researchers write every day,
run by Lumen's own runtime (no CPython involved)."""
import math
import random
from collections import Counter


def ising_energy(spins, J=1.0):
    """Energy of a periodic 1-D Ising chain of +-1 spins."""
    n = len(spins)
    return -J * sum(spins[i] * spins[(i + 1) % n] for i in range(n))


class Chain:
    """A tiny Metropolis sampler for the 1-D Ising chain."""

    def __init__(self, n, T, seed=7):
        self.rng = random.Random(seed)
        self.spins = [self.rng.choice((-1, 1)) for _ in range(n)]
        self.T = T

    def sweep(self):
        n = len(self.spins)
        for _ in range(n):
            i = self.rng.randrange(n)
            s = self.spins
            dE = 2 * s[i] * (s[i - 1] + s[(i + 1) % n])
            if dE <= 0 or self.rng.random() < math.exp(-dE / self.T):
                s[i] = -s[i]

    def __repr__(self):
        return "Chain(n={}, T={:.2f}, E={:+.1f})".format(len(self.spins), self.T, ising_energy(self.spins))


print("Lumen tour")
print("-" * 40)
for T in (0.5, 1.0, 2.0, 4.0):
    c = Chain(64, T)
    for _ in range(200):
        c.sweep()
    e = ising_energy(c.spins) / len(c.spins)
    exact = -math.tanh(1.0 / T)
    print(f"T={T:<4} E/N={e:+.3f}  exact (infinite chain) {exact:+.3f}  {c!r}")

rng = random.Random(1)
counts = Counter(rng.choice("ACGT") for _ in range(1000))
print("bases:", sorted(counts.items()))
print("2**100 =", 2 ** 100)
squares = {n: n * n for n in range(6)}
print("squares:", squares, "| evens:", [k for k, v in squares.items() if v % 2 == 0])
