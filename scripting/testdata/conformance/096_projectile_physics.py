import math
g = 9.81
def analytic(v0, angle_deg):
    th = math.radians(angle_deg)
    t_flight = 2 * v0 * math.sin(th) / g
    rng = v0 ** 2 * math.sin(2 * th) / g
    h = (v0 * math.sin(th)) ** 2 / (2 * g)
    return t_flight, rng, h
print("angle  t_flight    range   height")
for a in range(15, 90, 15):
    t, r, h = analytic(20.0, a)
    print("%5d %9.4f %8.4f %8.4f" % (a, t, r, h))
def simulate(v0, angle_deg, drag, dt=0.001):
    th = math.radians(angle_deg)
    x, y = 0.0, 0.0
    vx, vy = v0 * math.cos(th), v0 * math.sin(th)
    t = 0.0
    ymax = 0.0
    while True:
        v = math.hypot(vx, vy)
        ax = -drag * v * vx
        ay = -g - drag * v * vy
        vx += ax * dt
        vy += ay * dt
        x += vx * dt
        y += vy * dt
        t += dt
        ymax = max(ymax, y)
        if y < 0:
            return t, x, ymax
for drag in (0.0, 0.01, 0.05):
    t, x, ym = simulate(20.0, 45, drag)
    print("drag=%.2f t=%.3f x=%.3f ymax=%.3f" % (drag, t, x, ym))
best = max(range(20, 70), key=lambda a: simulate(20.0, a, 0.05, dt=0.005)[1])
print("best angle with drag", best)
def orbit(steps, dt):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    for _ in range(steps):
        r3 = (x * x + y * y) ** 1.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return x, y, 0.5 * (vx * vx + vy * vy) - 1 / math.hypot(x, y)
for n in (100, 628, 1000):
    x, y, e = orbit(n, 0.01)
    print("steps=%d x=%.5f y=%.5f E=%.6f" % (n, x, y, e))
pend = [(L, 2 * math.pi * math.sqrt(L / g)) for L in (0.25, 0.5, 1.0, 2.0)]
for L, T in pend:
    print("L=%.2f T=%.4f" % (L, T))
