import os
base = "tmp_051_dir"
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("/abs", "x"))
print(os.path.basename("/x/y/file.tar.gz"), os.path.dirname("/x/y/file.tar.gz"))
print(os.path.splitext("data.csv"), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.splitext(".hidden"), os.path.split("dir/sub/f.py"))
print(os.path.basename("dir/"), os.path.normpath("a/./b/../c"), os.path.isabs("/a"), os.path.isabs("a"))
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
for name in ["zeta.txt", "alpha.txt", "mid.dat"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name.upper())
print(sorted(os.listdir(base)))
print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
print(os.path.isdir(os.path.join(base, "sub")), os.path.isfile(os.path.join(base, "mid.dat")))
print(os.path.exists(os.path.join(base, "nope")))
sizes = {}
for n in sorted(os.listdir(base)):
    p = os.path.join(base, n)
    if os.path.isfile(p):
        with open(p) as f:
            sizes[n] = len(f.read())
print(sizes)
print(os.path.getsize(os.path.join(base, "mid.dat")))
try:
    os.makedirs(base)
except FileExistsError as e:
    print("FileExistsError caught")
for n in os.listdir(base):
    p = os.path.join(base, n)
    if os.path.isfile(p):
        os.remove(p)
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))
print(os.sep, type(os.getcwd()).__name__, os.path.exists(os.getcwd()))
stem, ext = os.path.splitext(os.path.basename("/runs/exp_042/result_07.json"))
print(stem, ext, stem.split("_")[-1], int(stem.split("_")[-1]))
