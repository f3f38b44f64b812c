class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%g, %g)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, abs(b))
print(sum([a, b, Vec(1, 1)]), a / 2, b // 2, b % 2, a ** 3)
print(a == Vec(1, 2), a != b, a == "x", bool(Vec(0, 0)), bool(a))
print(len({a, Vec(1, 2), b}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return "Acc(%r)" % self.items
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc, ref is acc)
