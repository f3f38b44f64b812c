CONST = {
    "c": (299792458.0, "m/s"),
    "h": (6.62607015e-34, "J s"),
    "k_B": (1.380649e-23, "J/K"),
    "e": (1.602176634e-19, "C"),
    "N_A": (6.02214076e23, "1/mol"),
    "G": (6.67430e-11, "m^3/(kg s^2)"),
}
for name in sorted(CONST):
    v, unit = CONST[name]
    print("%-4s = %-14.8e %s" % (name, v, unit))
c, h, kB, e = CONST["c"][0], CONST["h"][0], CONST["k_B"][0], CONST["e"][0]
def photon_energy_eV(nm):
    return h * c / (nm * 1e-9) / e
for nm in (400, 532, 650, 1064):
    print("%5d nm -> %.4f eV" % (nm, photon_energy_eV(nm)))
R = kB * CONST["N_A"][0]
print("R = %.6f J/(mol K)" % R)
def thermal_wavelength(m, T):
    import math
    return h / math.sqrt(2 * math.pi * m * kB * T)
m_he = 4.002602 * 1.66053906660e-27
for T in (1, 4.2, 77, 300):
    print("T=%6.1f K  lambda=%.4e m" % (T, thermal_wavelength(m_he, T)))
import math
def planck(lam, T):
    return 2 * h * c ** 2 / lam ** 5 / (math.exp(h * c / (lam * kB * T)) - 1)
T = 5778
lams = [i * 1e-8 for i in range(10, 300)]
peak = max(lams, key=lambda l: planck(l, T))
print("peak %.1f nm, Wien %.1f nm" % (peak * 1e9, 2.897771955e-3 / T * 1e9))
conv = {"eV": 1.0, "meV": 1e-3, "J": 1 / e, "K": kB / e, "cm^-1": h * c * 100 / e}
def convert(v, frm, to):
    return v * conv[frm] / conv[to]
print("%.6g %.6g %.6g %.6g" % (convert(1, "eV", "K"), convert(300, "K", "meV"), convert(1000, "cm^-1", "meV"), convert(1e-19, "J", "eV")))
print("{:.3e} {:.3e}".format(convert(1, "eV", "J"), convert(25.85, "meV", "K")))
