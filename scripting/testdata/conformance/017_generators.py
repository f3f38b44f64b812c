def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(count_up(5)), sum(count_up(10)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
gen = (x * x for x in range(5))
print(type(gen).__name__, list(gen), list(gen))
print(next(iter([]), "empty"), next(count_up(0), "none"))

def with_return():
    yield 1
    return "done"

w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("return value:", e.value)

def pipeline():
    nums = (n for n in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_finally():
    print("got", v)
gf = gen_finally()
next(gf)
gf.close()
print("closed")
print(list(zip(count_up(3), "abc")), dict(enumerate(count_up(2))))
