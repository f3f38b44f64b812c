import functools

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.5"))

@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
m1, m2 = Money(150), Money(99)
print(m1 > m2, m1 >= m2, m1 <= m2, m1 != m2, sorted([m1, m2, Money(5)]))

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 2)
print(1 == 1.0, x is not None, [] == [], "a" < "b" < "c")
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(3))
print(noisy(1) < noisy(2) < noisy(3))
print((1, 2, 3) < (1, 2, 4), [1, 2] == [1, 2.0], "abc" < "abd" < "b")
print(max("apple", "pear", key=len), min((3, "c"), (1, "z")))
