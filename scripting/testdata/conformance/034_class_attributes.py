class Config:
    defaults = {"lr": 0.1, "epochs": 10}
    tags = []
    version = 1
    def __init__(self, **over):
        self.params = dict(self.defaults)
        self.params.update(over)
    def __repr__(self):
        return "Config(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.params.items()))

a = Config(lr=0.5)
b = Config()
print(a, b)
a.tags.append("shared")
print(b.tags, Config.tags)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
print("version" in vars(a), "version" in vars(b))

class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
n = Node(1, Node(2, Node(3)))
vals = []
while n:
    vals.append(n.val)
    n = n.next
print(vals)
try:
    Node(0).other = 5
except AttributeError as e:
    print("AttributeError caught")

class Planet:
    G = 6.674e-11
    def __init__(self, name, mass, radius):
        self.name, self.mass, self.radius = name, mass, radius
    def surface_gravity(self):
        return self.G * self.mass / self.radius ** 2
planets = [Planet("earth", 5.972e24, 6.371e6), Planet("mars", 6.417e23, 3.3895e6)]
for p in planets:
    print("%-6s g=%.3f" % (p.name, p.surface_gravity()))
print(Planet.__name__, Planet.G, planets[0].G is Planet.G)
class Const:
    A = 1
    B = A + 1
    C = [A, B]
    D = {k: v for k, v in zip("xy", C)}
print(Const.B, Const.C, Const.D)
class Meta:
    def method(self):
        return "m"
print(Meta.method.__name__, Meta().method(), "method" in Meta.__dict__)
print(type(Meta.__dict__["method"]).__name__)
