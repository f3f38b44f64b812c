import math
class Vec3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return "Vec3(%g, %g, %g)" % (self.x, self.y, self.z)
    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z
    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return self * (1.0 / k)
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]
    def __len__(self):
        return 3
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def cross(self, o):
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def norm(self):
        return math.sqrt(self.dot(self))
    def unit(self):
        return self / self.norm()
i, j, k = Vec3(1, 0, 0), Vec3(0, 1, 0), Vec3(0, 0, 1)
print(i + j, i - k, 2 * j, k * 3, -i, (i + j) / 2)
print(i.cross(j), j.cross(k), k.cross(i), i.cross(i))
print(i.dot(j), Vec3(1, 2, 3).dot(Vec3(4, 5, 6)), Vec3(3, 4, 12).norm())
u = Vec3(1, 1, 1).unit()
print(u, round(u.norm(), 12), list(u), u[0] == u[2], len(u))
print(i.cross(j) == k, {i, Vec3(1, 0, 0), j} == {i, j}, max(Vec3(3, 1, 2)))
a, b = Vec3(2, 0, 0), Vec3(1, 1, 0)
cosang = a.dot(b) / (a.norm() * b.norm())
print("angle %.6f deg" % math.degrees(math.acos(cosang)))
proj = b * (a.dot(b) / b.dot(b))
print("projection", proj, "area", a.cross(b).norm() / 2)
x, y, z = Vec3(7, 8, 9)
print(x, y, z, sum(Vec3(1, 2, 3)), sorted(Vec3(3, 1, 2), reverse=True))
try:
    Vec3().w = 1
except AttributeError:
    print("AttributeError: slots prevent new attributes")
r = Vec3(1, 0, 0)
v = Vec3(0, 1, 0)
L = r.cross(v * 2.0)
print("angular momentum", L, L.norm())
