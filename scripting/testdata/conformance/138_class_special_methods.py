class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError("empty interval [%r, %r]" % (lo, hi))
        self.lo, self.hi = lo, hi
    def __repr__(self):
        return "[%g, %g]" % (self.lo, self.hi)
    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi
    def __and__(self, o):
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        return Interval(lo, hi) if lo <= hi else None
    def __or__(self, o):
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))
    def __add__(self, o):
        return Interval(self.lo + o.lo, self.hi + o.hi)
    def __mul__(self, o):
        ps = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return Interval(min(ps), max(ps))
    def __neg__(self):
        return Interval(-self.hi, -self.lo)
    def __sub__(self, o):
        return self + (-o)
    def __len__(self):
        return int(self.hi - self.lo)
    def __bool__(self):
        return self.hi > self.lo
    def __eq__(self, o):
        return (self.lo, self.hi) == (o.lo, o.hi)
    def __hash__(self):
        return hash((self.lo, self.hi))
    def __iter__(self):
        return iter((self.lo, self.hi))
    def __getitem__(self, i):
        return (self.lo, self.hi)[i]
    def __round__(self, n=0):
        return Interval(round(self.lo, n), round(self.hi, n))
    def __abs__(self):
        return max(abs(self.lo), abs(self.hi))
a = Interval(1, 3)
b = Interval(2, 5)
print(a, b, a & b, a | b, a + b, a - b, a * b, -a)
print(2 in a, 4 in a, Interval(1.5, 2) in a, b in a)
print(len(b), bool(Interval(2, 2)), bool(a), a == Interval(1, 3), len({a, Interval(1, 3)}))
print(Interval(0, 1) & Interval(2, 3), list(a), a[0], a[-1], max(b))
lo, hi = b
print(lo, hi, round(Interval(1.2345, 2.3456), 2), abs(Interval(-7, 3)))
try:
    Interval(3, 1)
except ValueError as e:
    print("ValueError:", e)
x = Interval(-1, 2)
print(x * x, x * x * x, (x + Interval(1, 1)) * Interval(0.5, 0.5))
if Interval(0, 0):
    print("truthy")
else:
    print("empty interval is falsy")
ivs = [Interval(5, 6), Interval(1, 2), Interval(1, 1.5)]
print(sorted(ivs, key=lambda i: (i.lo, i.hi)), sum(len(i) for i in ivs))
