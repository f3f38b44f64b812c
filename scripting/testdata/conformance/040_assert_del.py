def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print("args:", e.args)
assert True, "never"
assert [1], "non-empty list ok"

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(f())
for i in range(3):
    pass
del i
print("i" in dir())
