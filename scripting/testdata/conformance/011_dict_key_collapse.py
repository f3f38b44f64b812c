d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(list(d.keys())[0], type(list(d.keys())[0]).__name__)
e = {True: "a", 1: "b", 1.0: "c"}
print(e)
f = {0: "zero", False: "false", 0.0: "fz"}
print(f)
g = {(1, 2): "tuple", 2.5: "float", "s": "str", -3: "neg", None: "none"}
print(g[(1, 2)], g[2.5], g["s"], g[-3], g[None])
print((1, 2) in g, (2, 1) in g, 2.50 in g, 5 / 2 in g)
g[(1.0, 2.0)] = "float tuple"
print(g[(1, 2)], len(g))
h = {}
for x in [1, 1.0, True, 2, 2.0, 3]:
    h[x] = h.get(x, 0) + 1
print(h)
s = {1, 1.0, True, 0, False, 0.0}
print(sorted(s), len(s))
try:
    bad = {[1, 2]: "list"}
except TypeError as e:
    print("TypeError:", e)
try:
    bad = {{1}: 2}
except TypeError as e:
    print("TypeError:", e)
fz = {frozenset([1, 2]): "fs"}
print(fz[frozenset([2, 1])])
grid = {}
for i in range(3):
    for j in range(3):
        grid[i, j] = i * 3 + j
print(grid[1, 2], grid[(2, 0)], sorted(grid)[:4])
coords = {(0.5, 0.5): "center", (0.0, 0.0): "origin"}
print(coords[0.5, 0.5], coords[0, 0])
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(2.0) == hash(2))
print(hash(7), hash(12345), hash(-5))
