def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), [make_multiplier(i)(10) for i in range(4)])

def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        total.clear()
    return add, reset
add, reset = make_accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))

funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])

def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())

def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(str, lambda x: x + 1, abs)(-5))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
print(c1.__name__, make_counter.__name__)
