def parse_kv(line):
    out = {}
    for part in line.split(";"):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition("=")
        k, v = k.strip(), v.strip()
        if v.lower() in ("true", "false"):
            v = v.lower() == "true"
        else:
            try:
                v = int(v)
            except ValueError:
                try:
                    v = float(v)
                except ValueError:
                    v = v.strip('"')
        out[k] = v
    return out
print(parse_kv('n = 64; dt=0.001 ; name="test run"; verbose=TRUE; ratio=1e-3;'))
def parse_duration(s):
    units = {"h": 3600, "m": 60, "s": 1}
    total, num = 0, ""
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch in units:
            total += int(num) * units[ch]
            num = ""
    return total
for s in ["1h30m", "45s", "2h", "1h1m1s", "90m"]:
    print(s, parse_duration(s))
def parse_range(spec):
    out = []
    for piece in spec.split(","):
        if "-" in piece:
            a, b = piece.split("-")
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(piece))
    return out
print(parse_range("1-3,7,10-12"), parse_range("5"))
def tokenize_formula(f):
    atoms, i = [], 0
    while i < len(f):
        sym = f[i]
        i += 1
        while i < len(f) and f[i].islower():
            sym += f[i]
            i += 1
        n = ""
        while i < len(f) and f[i].isdigit():
            n += f[i]
            i += 1
        atoms.append((sym, int(n) if n else 1))
    return atoms
masses = {"H": 1.008, "C": 12.011, "O": 15.999, "N": 14.007, "Na": 22.990, "Cl": 35.45}
for f in ["H2O", "CO2", "C6H12O6", "NaCl", "C8H10N4O2"]:
    atoms = tokenize_formula(f)
    print("%-10s %-40s %.3f" % (f, atoms, sum(masses[s] * n for s, n in atoms)))
