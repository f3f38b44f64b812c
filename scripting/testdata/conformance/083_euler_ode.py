import math
def euler(f, y0, t0, t1, n):
    h = (t1 - t0) / n
    t, y = t0, y0
    for _ in range(n):
        y = y + h * f(t, y)
        t = t + h
    return y
decay = lambda t, y: -0.5 * y
for n in [10, 100, 1000]:
    approx = euler(decay, 1.0, 0.0, 2.0, n)
    print("n=%4d y(2)=%.8f err=%.2e" % (n, approx, abs(approx - math.exp(-1.0))))
def rk4(f, y0, t0, t1, n):
    h = (t1 - t0) / n
    t, y = t0, y0
    for _ in range(n):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h / 2 * k1)
        k3 = f(t + h / 2, y + h / 2 * k2)
        k4 = f(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
    return y
print("rk4 %.12f exact %.12f" % (rk4(decay, 1.0, 0.0, 2.0, 20), math.exp(-1)))
def oscillator(steps, dt, symplectic):
    x, v = 1.0, 0.0
    for i in range(steps):
        if symplectic:
            v -= x * dt
            x += v * dt
        else:
            x, v = x + v * dt, v - x * dt
    return x, v, 0.5 * (x * x + v * v)
for sym in (False, True):
    x, v, e = oscillator(1000, 0.01, sym)
    print("symplectic=%-5s x=%.6f v=%.6f E=%.6f" % (sym, x, v, e))
t, y, h = 0.0, [1.0, 0.0], 0.1
traj = []
for step in range(1, 21):
    dy = [y[1], -y[0] - 0.2 * y[1]]
    y = [y[i] + h * dy[i] for i in range(2)]
    t = round(t + h, 10)
    if step % 4 == 0:
        traj.append((t, round(y[0], 6), round(y[1], 6)))
for row in traj:
    print(row)
def logistic(r, x0, n):
    xs = [x0]
    for _ in range(n):
        xs.append(r * xs[-1] * (1 - xs[-1]))
    return xs
print([round(v, 6) for v in logistic(3.2, 0.5, 50)[-4:]])
print([round(v, 6) for v in logistic(3.9, 0.5, 10)])
