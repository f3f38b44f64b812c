class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def how_many(cls):
        return cls.count
    def days_in_month(self):
        dm = [31, 29 if self.is_leap(self.y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return dm[self.m - 1]

class EuroDate(Date):
    pass

d1 = Date.from_string("2024-02-10")
d2 = EuroDate.from_string("2023-02-01")
print(d1, d2, type(d2).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d1.is_leap(2024), EuroDate.is_leap(2023))
print(d1.days_in_month(), d2.days_in_month(), Date.how_many(), EuroDate.how_many())
print([y for y in range(1890, 1920) if Date.is_leap(y)])
f = Date.is_leap
print(f(1996))
g = d1.from_string
print(g("1999-12-31"))

class Registry:
    _items = []
    @classmethod
    def add(cls, x):
        cls._items.append(x)
        return cls
    @classmethod
    def items(cls):
        return list(cls._items)
Registry.add(1).add(2).add(3)
print(Registry.items())

class Sub(Registry):
    _items = []
Sub.add("s")
print(Registry.items(), Sub.items())

class MathUtil:
    PI = 3.14159
    @staticmethod
    def circle_area(r):
        return MathUtil.PI * r * r
    @classmethod
    def scaled_pi(cls, k):
        return cls.PI * k
print(MathUtil.circle_area(2), MathUtil().circle_area(1), MathUtil.scaled_pi(2))
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__] = cls
class Tri(Shape): pass
class Sq(Shape): pass
print(sorted(Shape.registry))
