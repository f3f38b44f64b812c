import os
fname = "tmp_132_spectrum.txt"
lines = ["# wavelength_nm intensity", "400 0.12", "450 0.35", "500 0.88", "  550   1.00  ", "600 0.67", "650 0.30", "", "700 0.05"]
with open(fname, "w") as f:
    f.write("\n".join(lines) + "\n")
with open(fname) as f:
    n_lines = sum(1 for _ in f)
print("lines", n_lines)
data = []
with open(fname) as f:
    for raw in f:
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        w, i = raw.split()
        data.append((int(w), float(i)))
print(data)
peak = max(data, key=lambda p: p[1])
print("peak at", peak[0], "nm")
half = peak[1] / 2
above = [w for w, i in data if i >= half]
print("FWHM approx", above[-1] - above[0], above)
area = sum((w2 - w1) * (i1 + i2) / 2 for (w1, i1), (w2, i2) in zip(data, data[1:]))
print("area %.3f" % area)
centroid = sum(w * i for w, i in data) / sum(i for _, i in data)
print("centroid %.4f" % centroid)
with open(fname, "a") as f:
    f.write("750 0.01\n")
with open(fname) as f:
    last = f.readlines()[-1]
print(repr(last))
with open(fname) as f:
    f.readline()
    second = f.readline()
    rest = f.read()
print(repr(second), rest.count("\n"))
with open(fname, "w") as f:
    for w, i in data:
        print(w, "%.2f" % (i / peak[1]), sep="\t", file=f)
with open(fname) as f:
    for ln in f:
        print(ln.rstrip("\n").replace("\t", " | "))
os.remove(fname)
print(os.path.exists(fname))
