import os
fname = "tmp_050_data.txt"
with open(fname, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)
    n = f.write("no newline")
print("wrote chars:", n)
with open(fname) as f:
    content = f.read()
print(repr(content))
with open(fname) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(fname, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(fname, "a") as f:
    f.write("\nappended\n")
with open(fname) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
f = open(fname)
first = f.read(5)
f.close()
print(first, f.closed)
with open(fname, "w") as f:
    f.writelines(["%d,%d\n" % (i, i * i) for i in range(5)])
with open(fname) as f:
    rows = [tuple(map(int, ln.split(","))) for ln in f]
print(rows)
print(os.path.exists(fname), os.path.isfile(fname), os.path.isdir(fname))
os.remove(fname)
print(os.path.exists(fname))
try:
    open("definitely_missing_file_050.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
with open("tmp_050_bin.dat", "wb") as f:
    f.write(bytes(range(10)))
with open("tmp_050_bin.dat", "rb") as f:
    data = f.read()
print(data, len(data), data[3], list(data[-3:]))
os.remove("tmp_050_bin.dat")
with open("tmp_050_u.txt", "w", encoding="utf-8") as f:
    f.write("π ≈ 3.14159\nünïcödé\n")
with open("tmp_050_u.txt", encoding="utf-8") as f:
    print(f.read().split())
os.remove("tmp_050_u.txt")
print(os.path.exists("tmp_050_u.txt"))
