class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def kinetic(self):
        return 0.5 * self.v * self.v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 1.0 or self.x < 0.0:
            self.reflect()

    def reflect(self):
        self.v = -self.v


class System:
    def __init__(self, n):
        self.parts = [Particle(i / n, ((i * 37) % 11 - 5) * 0.1) for i in range(n)]

    def advance(self, dt):
        for p in self.parts:
            p.step(dt)

    def energy(self):
        e = 0.0
        for p in self.parts:
            e += p.kinetic()
        return e


s = System(100)
acc = 0.0
for t in range(16000):
    s.advance(0.01)
    if t % 10 == 0:
        acc += s.energy()
print("method checksum %.6f %.6f" % (acc, sum(p.x for p in s.parts)))
