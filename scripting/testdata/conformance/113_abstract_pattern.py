class Integrator:
    name = "base"
    def step(self, f, t, y, h):
        raise NotImplementedError(type(self).__name__ + ".step")
    def run(self, f, y0, t0, t1, n):
        h = (t1 - t0) / n
        t, y = t0, y0
        for _ in range(n):
            y = self.step(f, t, y, h)
            t += h
        return y
    def __repr__(self):
        return "<%s>" % self.name
class Euler(Integrator):
    name = "euler"
    def step(self, f, t, y, h):
        return y + h * f(t, y)
class Midpoint(Integrator):
    name = "midpoint"
    def step(self, f, t, y, h):
        return y + h * f(t + h / 2, y + h / 2 * f(t, y))
class Heun(Euler):
    name = "heun"
    def step(self, f, t, y, h):
        pred = super().step(f, t, y, h)
        return y + h / 2 * (f(t, y) + f(t + h, pred))
f = lambda t, y: y
import math
for cls in (Euler, Midpoint, Heun):
    integ = cls()
    for n in (10, 100):
        v = integ.run(f, 1.0, 0.0, 1.0, n)
        print("%-9s n=%3d y=%.10f err=%.3e" % (integ.name, n, v, abs(v - math.e)))
print([repr(c()) for c in (Euler, Midpoint, Heun)], Heun.__mro__[1].__name__)
try:
    Integrator().run(f, 1.0, 0, 1, 1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, o):
        return self.area() < o.area()
    def __repr__(self):
        return "%s(area=%.3f)" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circ(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
shapes = [Sq(2), Circ(1), Sq(1.5), Circ(1.2)]
print(sorted(shapes))
print(max(shapes), min(shapes), sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes if isinstance(s, Circ)])
