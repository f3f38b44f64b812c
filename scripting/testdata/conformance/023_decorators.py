import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
print(hi.__name__)

def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"

@bold
@italic
def text():
    return "txt"
print(text())

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry), registry["sq"](7), registry["neg"](7))

def count_calls(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w

@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls, noop.__name__)

class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a) * 10
@Deco
def one(x):
    return x
print(one(1), one(2), one.n)
