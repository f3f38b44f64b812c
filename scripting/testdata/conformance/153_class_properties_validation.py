class Positive:
    def __init__(self, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("%s must be positive, got %r" % (self.name[1:], value))
        setattr(obj, self.name, value)
class Cylinder:
    radius = Positive("radius")
    height = Positive("height")
    def __init__(self, r, h):
        self.radius = r
        self.height = h
    @property
    def volume(self):
        return round(3.141592653589793 * self.radius ** 2 * self.height, 6)
    def __repr__(self):
        return "Cylinder(r=%g, h=%g)" % (self.radius, self.height)
c = Cylinder(2, 5)
print(c, c.volume)
c.radius = 1
print(c, c.volume)
for bad in [(0, 1), (1, -2)]:
    try:
        Cylinder(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(Cylinder.radius).__name__, sorted(k for k in vars(c)))
class ReadOnly:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
r = ReadOnly(3)
try:
    r.v = 4
except AttributeError:
    print("cannot set read-only property")
print(r.v)
class Celsius:
    def __init__(self):
        self._t = 0.0
        self.changes = 0
    def _get(self):
        return self._t
    def _set(self, v):
        self.changes += 1
        self._t = float(v)
    t = property(_get, _set)
tc = Celsius()
for v in (10, 20.5, "30"):
    tc.t = v
print(tc.t, tc.changes, type(tc.t).__name__)
