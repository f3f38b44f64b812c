class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
    def __repr__(self):
        return "Obj()"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "zzz", None), hasattr(o, "a"), hasattr(o, "method"), hasattr(o, "nope"))
for name in ["x", "y", "z"]:
    setattr(o, name, name.upper() * 2)
print(o.x, o.y, o.z, sorted(vars(o)))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError caught")
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError("no attribute " + name)
d = Dyn()
print(d.get_foo(), d.get_bar(), getattr(d, "get_x")(), hasattr(d, "other"))
class Tracked:
    def __init__(self):
        object.__setattr__(self, "changes", [])
    def __setattr__(self, name, value):
        self.changes.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.p = 1
t.q = 2
t.p = 3
print(t.changes, t.p)
class Defaulted:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
df = Defaulted()
df.real = 1
print(df.magic, df.real)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
class Calc:
    pass
for name, fn in ops.items():
    setattr(Calc, name, staticmethod(fn))
print(Calc.add(2, 3), Calc().mul(4, 5))
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")(), getattr(3, "real"))
print(getattr(Obj, "method")(o), type(getattr(Obj, "cls_attr")).__name__)
print([n for n in dir(o) if not n.startswith("_")])
