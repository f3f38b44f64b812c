def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration:
    print("exhausted")

def flatten(lst):
    for item in lst:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3))))

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))

def accumulate_gen():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate_gen()
next(acc)
acc.send(3)
acc.send(4)
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen:", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))
