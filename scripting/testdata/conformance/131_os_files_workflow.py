import os
import json
root = "tmp_131_runs"
os.makedirs(root, exist_ok=True)
for i, temp in enumerate([1.5, 2.0, 2.269, 3.0]):
    d = os.path.join(root, "run_%02d" % i)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "params.json"), "w") as f:
        json.dump({"T": temp, "L": 8 * (i + 1)}, f)
    with open(os.path.join(d, "energy.dat"), "w") as f:
        for step in range(5):
            f.write("%d %.6f\n" % (step, -2.0 * temp + 0.1 * step))
print(sorted(os.listdir(root)))
summary = []
for name in sorted(os.listdir(root)):
    d = os.path.join(root, name)
    with open(os.path.join(d, "params.json")) as f:
        params = json.load(f)
    with open(os.path.join(d, "energy.dat")) as f:
        es = [float(line.split()[1]) for line in f if line.strip()]
    summary.append((name, params["T"], params["L"], sum(es) / len(es)))
for row in summary:
    print("%s T=%.3f L=%2d <E>=%.4f" % row)
log_path = os.path.join(root, "log.txt")
for msg in ["start", "middle", "end"]:
    with open(log_path, "a") as f:
        f.write(msg + "\n")
with open(log_path) as f:
    print(f.read().split())
print(os.path.getsize(log_path), os.path.isfile(log_path))
names = sorted(os.listdir(root))
print(names, [n for n in names if os.path.isdir(os.path.join(root, n))][:2])
for name in sorted(os.listdir(root)):
    p = os.path.join(root, name)
    if os.path.isdir(p):
        for fn in sorted(os.listdir(p)):
            os.remove(os.path.join(p, fn))
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(root)
print(os.path.exists(root))
