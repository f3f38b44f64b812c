class A:
    def who(self):
        return ["A"]
    def __repr__(self):
        return type(self).__name__ + "()"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError raised for inconsistent MRO")

class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.trail.append("Left")
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.trail.append("Right")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Both")
b = Both(left=1, right=2)
print(b.trail, b.left, b.right)

class Mixin:
    def greet(self):
        return "mixin hello from " + self.name()
class Named:
    def name(self):
        return "Named"
class Thing(Mixin, Named):
    pass
print(Thing().greet(), Thing.__mro__[1].__name__)

class P:
    def method(self):
        return "P.method"
class Q(P):
    def method(self):
        return "Q>" + super(Q, self).method()
class R(Q):
    def method(self):
        return "R>" + super(Q, self).method()
print(Q().method(), R().method())
print(isinstance(D(), C), issubclass(D, A), D.__bases__ == (B, C))
print(repr(D()), [repr(x()) for x in (A, B, C)])
