class ReprMixin:
    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, items)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))
class SerializeMixin:
    def to_dict(self):
        d = {"__type__": type(self).__name__}
        d.update(vars(self))
        return d
class Point(ReprMixin, EqMixin, SerializeMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label
p = Point(1, 2)
q = Labeled(1, 2, "A")
print(p, q, p == Point(1, 2), p == q, len({p, Point(1, 2)}))
print(p.to_dict(), q.to_dict())
print([c.__name__ for c in Labeled.__mro__])
class Loggable:
    def log(self, msg):
        self.logs = getattr(self, "logs", []) + [msg]
        return self
class Validated:
    def validate(self):
        return all(v is not None for v in vars(self).values() if not isinstance(v, list))
class Record(Loggable, Validated, ReprMixin):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
r = Record(a=1, b=None)
print(r.validate(), r.log("created").log("checked").logs)
print(Record(a=1).validate(), r)
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B+" + super().hello()
class C(A):
    def hello(self):
        return "C+" + super().hello()
class D(C, B):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__])
print(isinstance(D(), B), issubclass(D, (Loggable, C)))
