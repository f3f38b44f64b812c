def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls
def add_init(cls):
    def __init__(self, *args):
        for f, a in zip(cls.fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls
@add_repr
@add_init
class Measurement:
    fields = ("quantity", "value", "unit")
m = Measurement("mass", 1.5, "kg")
print(m, m.value)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B(A): pass
print(registry)
def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        self.values = {}
c1 = Config()
c2 = Config()
c1.values["x"] = 1
print(c1 is c2, c2.values)
def count_instances(cls):
    orig_init = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Particle:
    def __init__(self, m):
        self.m = m
ps = [Particle(i) for i in range(5)]
print(Particle.count, [p.m for p in ps])
def method_logger(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, nm):
                def wrapped(self, *a):
                    r = fn(self, *a)
                    print("  %s.%s%r -> %r" % (cls.__name__, nm, a, r))
                    return r
                return wrapped
            setattr(cls, name, make(val, name))
    return cls
@method_logger
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
calc = Calc()
calc.add(2, 3)
calc.neg(4)
print(calc.add(calc.neg(1), 10))
