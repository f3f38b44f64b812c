def mandel(cr, ci, maxit):
    zr = zi = 0.0
    for i in range(maxit):
        zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return maxit
chars = " .:-=+*#%@"
W, H, MAXIT = 60, 20, 50
total = 0
for row in range(H):
    ci = -1.2 + 2.4 * row / (H - 1)
    line = ""
    for col in range(W):
        cr = -2.1 + 2.8 * col / (W - 1)
        n = mandel(cr, ci, MAXIT)
        total += n
        line += chars[min(n * len(chars) // MAXIT, len(chars) - 1)]
    print(line.rstrip())
print("checksum", total)
print([mandel(x / 4, 0.0, 100) for x in range(-9, 3)])
