from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p))
x, y = p
print(x + y, Point._fields, p._asdict())
q = p._replace(y=10)
print(q, p)
print(Point._make([7, 8]), Point(y=1, x=2))
Particle = namedtuple("Particle", "name mass charge", defaults=[0])
e = Particle("electron", 9.109e-31, -1)
n = Particle("neutron", 1.675e-27)
print(e, n, n.charge)
print(sorted([Particle("b", 2.0), Particle("a", 3.0), Particle("a", 1.0)]))
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError caught")
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(1, 2) + Vec(2, 2)
print(v, v.norm, isinstance(v, tuple))
Row = namedtuple("Row", "id value")
rows = [Row(i, i * 1.5) for i in range(4)]
print(max(rows, key=lambda r: r.value), [r.id for r in rows if r.value > 2])
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d[(0, 0)])
print(Point.__name__, type(p).__name__, repr(Point(1.5, "s")))
print(p._asdict()["x"], dict(p._asdict()), p.count(3), p.index(4))
