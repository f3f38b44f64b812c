class Quantity:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit
    def __repr__(self):
        return "%g %s" % (self.value, self.unit)
    def _coerce(self, o):
        if isinstance(o, Quantity):
            if o.unit != self.unit:
                raise TypeError("unit mismatch: %s vs %s" % (self.unit, o.unit))
            return o.value
        if isinstance(o, (int, float)):
            return o
        return NotImplemented
    def __add__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is NotImplemented else Quantity(self.value + v, self.unit)
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        v = self._coerce(o)
        return Quantity(self.value - v, self.unit)
    def __rsub__(self, o):
        return Quantity(o - self.value, self.unit)
    def __mul__(self, k):
        return Quantity(self.value * k, self.unit)
    def __rmul__(self, k):
        return Quantity(k * self.value, self.unit)
    def __truediv__(self, o):
        if isinstance(o, Quantity):
            return Quantity(self.value / o.value, self.unit + "/" + o.unit)
        return Quantity(self.value / o, self.unit)
    def __rtruediv__(self, k):
        return Quantity(k / self.value, "1/" + self.unit)
    def __lt__(self, o):
        return self.value < self._coerce(o)
    def __eq__(self, o):
        return isinstance(o, Quantity) and (self.value, self.unit) == (o.value, o.unit)
    def __hash__(self):
        return hash((self.value, self.unit))
d = Quantity(10, "m")
t = Quantity(4, "s")
print(d + 5, 5 + d, d - 3, 20 - d, 3 * d, d * 0.5, d / t, d / 2, 1 / t)
print(sum([Quantity(1, "kg"), Quantity(2.5, "kg")]), sorted([Quantity(3, "m"), d, Quantity(-1, "m")]))
try:
    d + t
except TypeError as e:
    print("TypeError:", e)
try:
    d + "x"
except TypeError as e:
    print("TypeError:", e)
print(d == Quantity(10, "m"), d == Quantity(10, "s"), d != t, len({d, Quantity(10, "m")}))
print(max([Quantity(2, "m"), d, Quantity(7, "m")]), min(Quantity(2, "m"), d))
class Rev:
    def __init__(self, v):
        self.v = v
    def __rpow__(self, base):
        return "rpow(%r, %r)" % (base, self.v)
    def __rfloordiv__(self, o):
        return "rfloordiv(%r)" % (o,)
    def __rmod__(self, o):
        return "rmod(%r)" % (o,)
    def __rlshift__(self, o):
        return "rlshift(%r)" % (o,)
    def __ror__(self, o):
        return "ror(%r)" % (o,)
r = Rev(3)
print(2 ** r, 7 // r, 7 % r, 1 << r, 5 | r)
print("%s" % "literal", [1] * 2, 2 * [1], (0,) * 2)
