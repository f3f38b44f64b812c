import math

def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    x = a
    for i in range(1, n):
        x = a + i * h
        s += f(x)
    return s * h

def euler_oscillator(steps, dt):
    x, v = 1.0, 0.0
    e_acc = 0.0
    for _ in range(steps):
        a = -x - 0.002 * v
        v += a * dt
        x += v * dt
        e_acc += 0.5 * (x * x + v * v)
    return x, v, e_acc

r1 = integrate(lambda t: math.sin(t) * math.exp(-0.1 * t), 0.0, 10.0, 600000)
x, v, e = euler_oscillator(2000000, 0.0005)
print("float checksum %.9f %.9f %.9f %.6f" % (r1, x, v, e))
