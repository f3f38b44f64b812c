x = "module"
class A:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    def method2(self):
        return self.x
    lst = [x for _ in range(2)]
print(A.y, A().method(), A().method2(), A.lst)
def factory():
    v = "enclosing"
    class B:
        w = v
        def get(self):
            return v
    return B
B = factory()
print(B.w, B().get())
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.total)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Outer:
    class Inner:
        val = 42
        def __repr__(self):
            return "Inner(%d)" % self.val
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make(), Outer.Inner.__name__, Outer.Inner.__qualname__)
def f():
    return g()
def g():
    return "g defined later"
print(f())
n = 0
def bump():
    global n
    for _ in range(3):
        n += 1
bump()
print(n)
class Meta:
    a = 1
    b = a * 2
    c = (lambda: 10)()
print(Meta.a, Meta.b, Meta.c, sorted(k for k in vars(Meta) if not k.startswith("__")))
