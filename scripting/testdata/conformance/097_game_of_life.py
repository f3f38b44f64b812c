def step(live, w, h):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, w, h):
    for r in range(h):
        print("".join("#" if (r, c) in live else "." for c in range(w)))
W, H = 8, 6
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    print("gen", gen, "alive", len(state))
    show(state, W, H)
    state = step(state, W, H)
blinker = {(2, 1), (2, 2), (2, 3)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print(step(block, 5, 5) == block)
s = glider
for _ in range(4 * W):
    s = step(s, W, W)
print(sorted(s) == sorted(glider), len(s))
def rule(n, cells, gens):
    out = []
    for _ in range(gens):
        out.append("".join("#" if c else " " for c in cells).rstrip())
        L = len(cells)
        cells = [(n >> (cells[(i - 1) % L] * 4 + cells[i] * 2 + cells[(i + 1) % L])) & 1 for i in range(L)]
    return out
init = [0] * 31
init[15] = 1
for line in rule(90, init, 8):
    print(line)
