from collections import namedtuple
Star = namedtuple("Star", ["name", "mag", "dist_ly", "spectral"])
stars = [
    Star("Sirius", -1.46, 8.6, "A1V"),
    Star("Canopus", -0.74, 310.0, "A9II"),
    Star("Arcturus", -0.05, 36.7, "K1.5III"),
    Star("Vega", 0.03, 25.0, "A0V"),
    Star("Capella", 0.08, 42.9, "G3III"),
    Star("Rigel", 0.13, 860.0, "B8Ia"),
]
for s in sorted(stars, key=lambda s: s.dist_ly):
    print("{:<9} {:>6.2f} {:>7.1f} {}".format(*s))
print(min(stars, key=lambda s: s.mag).name, max(stars, key=lambda s: s.dist_ly).name)
by_class = {}
for s in stars:
    by_class.setdefault(s.spectral[0], []).append(s.name)
print(sorted(by_class.items()))
import math
def abs_mag(s):
    return s.mag - 5 * (math.log10(s.dist_ly / 3.2616) - 1)
for s in stars:
    print("%-9s M=%+.3f" % (s.name, abs_mag(s)))
near = [s._replace(dist_ly=round(s.dist_ly / 3.2616, 3)) for s in stars if s.dist_ly < 50]
print(near)
print(Star._fields, stars[0]._asdict()["spectral"], Star._make(["X", 1, 2, "M"]))
print(stars[0] < stars[1], sorted(stars)[0].name, stars[3][0], stars[3][-1])
