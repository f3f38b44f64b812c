def kwonly(a, *, scale=1.0, offset=0):
    return a * scale + offset
print(kwonly(3), kwonly(3, scale=2), kwonly(3, offset=1, scale=0.5))
try:
    kwonly(3, 2)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, key):
    return key
print(required_kw(key="k"))
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)

def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3))

def show(**kw):
    return sorted(kw.items())
print(show(), show(b=2, a=1))

def both(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)
print(both(1, "two", x=3))
print(both(*range(3), **dict(y=1)))

def wrapper(*args, **kwargs):
    return both(*args, **kwargs)
print(wrapper(9, z=0))

def mixed(a, b, *rest, sep="-", **opts):
    parts = [str(a), str(b)] + [str(r) for r in rest]
    s = sep.join(parts)
    if opts.get("upper"):
        s = s.upper()
    return s
print(mixed("x", "y"), mixed("x", "y", "z", sep="+"), mixed("a", "b", upper=True))
args = ("p", "q", "r")
print(mixed(*args, sep=""))
kw = {"sep": ".", "upper": True}
print(mixed("u", "v", **kw))
try:
    both(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
lam = lambda *a, **k: (len(a), sorted(k))
print(lam(1, 2, x=1, w=2))
def defaults_kw(a, *, b=1, c):
    return a + b + c
print(defaults_kw(1, c=10), defaults_kw.__kwdefaults__)
