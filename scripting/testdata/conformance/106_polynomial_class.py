class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            t = "" if (abs(a) == 1 and i) else str(abs(a))
            t += "" if i == 0 else ("x" if i == 1 else "x^%d" % i)
            terms.append(("-" if a < 0 else "+") + " " + t)
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]
x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x ** 3 - 1
print(p, "|", q, "|", p.degree, q.degree)
print(p + q, "|", p - p, "|", p * q)
print([p(v) for v in range(-2, 3)], q(2), q(0.5))
print(p.deriv(), "|", q.deriv(), "|", q.deriv().deriv().deriv(), "|", Poly([5]).deriv())
print((x + 1) ** 5)
print((x - 1) * (x + 1) == x ** 2 - 1, p == q, 1 + x, x * 0)
print((x + 1) ** 10 == Poly([1, 10, 45, 120, 210, 252, 210, 120, 45, 10, 1]))
cheb = [Poly([1]), x]
for _ in range(5):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print("T%d = %r" % (n, t))
print(Poly([0.5, 0, -1.5])(2.0))
