import os
fname = "tmp_081_measurements.csv"
with open(fname, "w") as f:
    f.write("sample,temp_K,pressure_kPa,phase\n")
    f.write("s1,273.15,101.325,solid\n")
    f.write("s2,298.15,101.325,liquid\n")
    f.write("# comment line\n")
    f.write("\n")
    f.write("s3,373.15,101.325,gas\n")
    f.write("s4,250.0,50.0,solid\n")
    f.write("s5,310.5,120.75,liquid\n")
records = []
with open(fname) as f:
    header = f.readline().strip().split(",")
    for lineno, line in enumerate(f, start=2):
        line = line.strip()
        if not line or line.startswith("#"):
            print("skip line", lineno)
            continue
        parts = line.split(",")
        rec = dict(zip(header, parts))
        rec["temp_K"] = float(rec["temp_K"])
        rec["pressure_kPa"] = float(rec["pressure_kPa"])
        records.append(rec)
os.remove(fname)
print(header)
print(len(records), "records")
for r in records:
    print("{sample:<4} {temp_K:8.2f} {pressure_kPa:8.3f} {phase}".format(**r))
by_phase = {}
for r in records:
    by_phase.setdefault(r["phase"], []).append(r["temp_K"])
for phase in sorted(by_phase):
    temps = by_phase[phase]
    print("%-7s n=%d mean=%.3f" % (phase, len(temps), sum(temps) / len(temps)))
hottest = max(records, key=lambda r: r["temp_K"])
print("hottest", hottest["sample"], hottest["temp_K"] - 273.15)
out = "tmp_081_out.csv"
with open(out, "w") as f:
    f.write(",".join(["sample", "temp_C"]) + "\n")
    for r in records:
        f.write("%s,%.2f\n" % (r["sample"], r["temp_K"] - 273.15))
with open(out) as f:
    print(f.read(), end="")
os.remove(out)
print(os.path.exists(out), os.path.exists(fname))
