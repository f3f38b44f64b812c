import math
def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
def simpson(f, a, b, n):
    if n % 2:
        raise ValueError("n must be even")
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
def midpoint(f, a, b, n):
    h = (b - a) / n
    return h * sum(f(a + (i + 0.5) * h) for i in range(n))
for name, rule in [("trap", trapezoid), ("simp", simpson), ("mid", midpoint)]:
    for n in (4, 16, 64):
        v = rule(math.sin, 0.0, math.pi, n)
        print("%-4s n=%3d  %.12f  err=%.3e" % (name, n, v, abs(v - 2.0)))
try:
    simpson(math.sin, 0, 1, 3)
except ValueError as e:
    print("ValueError:", e)
gauss_int = simpson(lambda x: math.exp(-x * x), -5, 5, 200)
print("gaussian %.12f vs sqrt(pi) %.12f" % (gauss_int, math.sqrt(math.pi)))
def romberg(f, a, b, levels):
    R = [[trapezoid(f, a, b, 1)]]
    for k in range(1, levels):
        row = [trapezoid(f, a, b, 2 ** k)]
        for j in range(1, k + 1):
            row.append(row[j - 1] + (row[j - 1] - R[k - 1][j - 1]) / (4 ** j - 1))
        R.append(row)
    return R
R = romberg(lambda x: 1 / x, 1, 2, 5)
for row in R:
    print(" ".join("%.10f" % v for v in row))
print("ln2 = %.10f" % math.log(2))
def arc_length(f, a, b, n=1000):
    h = (b - a) / n
    pts = [(a + i * h, f(a + i * h)) for i in range(n + 1)]
    return sum(math.hypot(x2 - x1, y2 - y1) for (x1, y1), (x2, y2) in zip(pts, pts[1:]))
print("parabola arc %.6f" % arc_length(lambda x: x * x, 0, 1))
print("circle quarter %.6f" % arc_length(lambda x: math.sqrt(max(0.0, 1 - x * x)), 0, 1, 20000))
