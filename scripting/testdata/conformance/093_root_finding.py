import math
def bisect(f, a, b, tol=1e-12):
    fa = f(a)
    it = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        if (fm < 0) == (fa < 0):
            a, fa = m, fm
        else:
            b = m
        it += 1
    return (a + b) / 2, it
def newton(f, df, x, tol=1e-14, maxit=50):
    for i in range(maxit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError("no convergence")
def secant(f, x0, x1, tol=1e-13):
    for i in range(100):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1, i + 1
    return x1, i + 1
f = lambda x: x ** 3 - 2 * x - 5
df = lambda x: 3 * x ** 2 - 2
r1, n1 = bisect(f, 2, 3)
r2, n2 = newton(f, df, 2.0)
r3, n3 = secant(f, 2.0, 3.0)
print("bisect %.12f in %d" % (r1, n1))
print("newton %.12f in %d" % (r2, n2))
print("secant %.12f in %d" % (r3, n3))
print("residuals", abs(f(r2)) < 1e-12, round(abs(r1 - r2), 10))
sqrt2, _ = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print(sqrt2, math.sqrt(2), sqrt2 == math.sqrt(2))
kepler = lambda E, M=1.0, e=0.3: E - e * math.sin(E) - M
E, it = newton(kepler, lambda E: 1 - 0.3 * math.cos(E), 1.0)
print("kepler E=%.10f it=%d" % (E, it))
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, maxit=20)
except RuntimeError as e:
    print("RuntimeError:", e)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def fixed_point(g, x, n):
    out = [x]
    for _ in range(n):
        x = g(x)
        out.append(round(x, 8))
    return out
print(fixed_point(math.cos, 1.0, 8))
print(fixed_point(lambda x: 1 + 1 / x, 1.0, 10))
for c in [1, 4, 9, 10, 1e6]:
    x, n = newton(lambda x: x * x - c, lambda x: 2 * x, c)
    print(c, round(x, 10), n)
