class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p, p.norm2(), p.moved(1, -1), Point.dims, p.dims)
p.z = 5
print(p.z, sorted(vars(p)))
Point.dims = 3
print(p.dims)
p.dims = 99
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p).__name__, isinstance(p, Point), type(p) is Point)
print(Point.norm2(p), Point.__name__)
m = p.norm2
print(m())
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "x"), getattr(p, "missing", "default"), hasattr(p, "y"), hasattr(p, "w"))
setattr(p, "w", 7)
print(p.w)
delattr(p, "w")
print(hasattr(p, "w"))
print(p.__dict__)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__name__, type(e).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances)
print(callable(p.moved), callable(p.x), callable(Point))
class WithStr:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
w = WithStr()
print(w, str(w), repr(w), [w], "%s %r" % (w, w), f"{w} {w!r}")
