class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __repr__(self):
        return "Polynomial%r" % (self.coeffs,)
    def __format__(self, spec):
        if spec == "poly":
            terms = ["%g*x^%d" % (c, i) for i, c in enumerate(self.coeffs) if c]
            return " + ".join(terms)
        return format(str(self), spec)
    def __str__(self):
        return "P(%s)" % ",".join(map(str, self.coeffs))

p = Polynomial(1, 0, 2)
print(p(0), p(1), p(2.5), [p(x) for x in range(4)])
print(callable(p), p)
print(f"{p:poly}", "{:poly}".format(p), format(p, ">16"), f"[{p:<14}]")

class Temp:
    def __init__(self, k):
        self.k = k
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in "CFK" and spec else "K"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        v = {"K": self.k, "C": self.k - 273.15, "F": (self.k - 273.15) * 9 / 5 + 32}[unit]
        return format(v, num_spec) + unit
t = Temp(300)
print(f"{t:.1fC} {t:.2fF} {t:K} {t:8.3fC}|")

class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Timer("a") as tm:
    print("inside", tm.name)
class Suppress:
    def __enter__(self):
        return "resource"
    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__, ev)
        return True
with Suppress() as r:
    print("got", r)
    raise ValueError("oops")
print("after suppress")
try:
    with Timer("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Timer("x") as a, Timer("y") as b:
    print("both", a.name, b.name)
