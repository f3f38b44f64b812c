class Particle:
    def __init__(self, name, mass, charge):
        self.name, self.mass, self.charge = name, mass, charge
    def __repr__(self):
        return self.name
ps = [Particle("proton", 938.27, 1), Particle("electron", 0.511, -1), Particle("neutron", 939.57, 0),
      Particle("muon", 105.66, -1), Particle("pion+", 139.57, 1), Particle("positron", 0.511, 1)]
print(sorted(ps, key=lambda p: p.mass))
print(sorted(ps, key=lambda p: (p.charge, -p.mass)))
print(sorted(ps, key=lambda p: p.name))
print(sorted(ps, key=lambda p: p.mass, reverse=True)[:3])
by_charge = sorted(sorted(ps, key=lambda p: p.name), key=lambda p: p.charge)
print(by_charge)
print([p.name for p in sorted(ps, key=lambda p: p.mass) if p.mass == 0.511])
try:
    sorted(ps)
except TypeError as e:
    print("TypeError:", e)
ps.sort(key=lambda p: len(p.name))
print(ps)
ps.sort(key=lambda p: len(p.name), reverse=True)
print(ps)
print(min(ps, key=lambda p: abs(p.mass - 100)), max(ps, key=lambda p: (p.charge, p.mass)))
table = [["b", 2, 0.5], ["a", 2, 0.25], ["c", 1, 0.75], ["a", 1, 1.0]]
for cols in [(0,), (1,), (1, 0), (2,), (1, 2)]:
    print(cols, [r[0] + str(r[1]) for r in sorted(table, key=lambda r: [r[c] for c in cols])])
