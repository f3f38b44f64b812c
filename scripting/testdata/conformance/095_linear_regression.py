import random
def linfit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx
    icpt = my - slope * mx
    ss_res = sum((y - (slope * x + icpt)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return slope, icpt, 1 - ss_res / ss_tot
xs = [0, 1, 2, 3, 4, 5]
ys = [1.0, 3.1, 4.9, 7.2, 8.8, 11.1]
m, b, r2 = linfit(xs, ys)
print("slope=%.6f intercept=%.6f r2=%.6f" % (m, b, r2))
for x, y in zip(xs, ys):
    print("x=%d y=%.1f fit=%.4f resid=%+.4f" % (x, y, m * x + b, y - (m * x + b)))
rng = random.Random(123)
X = [i * 0.5 for i in range(40)]
Y = [2.5 * x - 1.0 + rng.gauss(0, 0.5) for x in X]
m2, b2, r22 = linfit(X, Y)
print("noisy: slope=%.6f intercept=%.6f r2=%.6f" % (m2, b2, r22))
def solve(A, bvec):
    n = len(A)
    M = [row[:] + [bv] for row, bv in zip(A, bvec)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(c + 1, n):
            f = M[r][c] / M[c][c]
            for k in range(c, n + 1):
                M[r][k] -= f * M[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][k] * x[k] for k in range(r + 1, n))) / M[r][r]
    return x
def polyfit(xs, ys, deg):
    A = [[sum(x ** (i + j) for x in xs) for j in range(deg + 1)] for i in range(deg + 1)]
    bv = [sum(y * x ** i for x, y in zip(xs, ys)) for i in range(deg + 1)]
    return solve(A, bv)
qx = [-2, -1, 0, 1, 2, 3]
qy = [3 * x * x - 2 * x + 1 for x in qx]
print([round(c, 8) for c in polyfit(qx, qy, 2)])
print([round(v, 10) for v in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
