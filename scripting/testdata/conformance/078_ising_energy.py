import random
L = 6
random.seed(5)
lattice = [[random.choice((-1, 1)) for _ in range(L)] for _ in range(L)]
def show(lat):
    for row in lat:
        print("".join("+" if s > 0 else "-" for s in row))
def energy(lat, J=1.0, h=0.0):
    n = len(lat)
    E = 0.0
    for i in range(n):
        for j in range(n):
            s = lat[i][j]
            nb = lat[(i + 1) % n][j] + lat[i][(j + 1) % n]
            E += -J * s * nb - h * s
    return E
def magnetization(lat):
    return sum(sum(r) for r in lat)
show(lattice)
print("E =", energy(lattice), "M =", magnetization(lattice))
print("E(h=0.5) =", energy(lattice, h=0.5))
up = [[1] * L for _ in range(L)]
print("all up E =", energy(up), "M =", magnetization(up))
checker = [[(-1) ** (i + j) for j in range(L)] for i in range(L)]
print("checker E =", energy(checker), "M =", magnetization(checker))
import math
def metropolis(lat, beta, sweeps, rng):
    n = len(lat)
    for _ in range(sweeps * n * n):
        i, j = rng.randrange(n), rng.randrange(n)
        s = lat[i][j]
        nb = lat[(i + 1) % n][j] + lat[(i - 1) % n][j] + lat[i][(j + 1) % n] + lat[i][(j - 1) % n]
        dE = 2 * s * nb
        if dE <= 0 or rng.random() < math.exp(-beta * dE):
            lat[i][j] = -s
rng = random.Random(11)
for beta in [0.2, 0.44, 1.0]:
    lat = [row[:] for row in lattice]
    metropolis(lat, beta, 30, rng)
    print("beta=%.2f E=%.1f |M|=%d" % (beta, energy(lat), abs(magnetization(lat))))
show(lat)
