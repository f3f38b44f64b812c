N = 21
alpha, dx, dt = 0.01, 0.05, 0.1
r = alpha * dt / dx ** 2
print("r = %.3f stable = %s" % (r, r <= 0.5))
u = [0.0] * N
u[N // 2] = 1.0
def step(u):
    new = u[:]
    for i in range(1, len(u) - 1):
        new[i] = u[i] + r * (u[i - 1] - 2 * u[i] + u[i + 1])
    return new
for t in range(0, 61):
    if t % 15 == 0:
        print("t=%3d sum=%.6f max=%.6f" % (t, sum(u), max(u)))
        print(" ".join("%4.2f" % v for v in u[5:16]))
    u = step(u)
mid = N // 2
print("symmetric:", all(abs(u[mid - k] - u[mid + k]) < 1e-15 for k in range(mid + 1)))
