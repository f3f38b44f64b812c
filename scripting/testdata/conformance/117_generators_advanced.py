def countdown(n):
    print("start countdown", n)
    while n > 0:
        received = yield n
        if received == "reset":
            n = 5
        else:
            n -= 1
    print("liftoff")
g = countdown(3)
print(next(g), next(g), g.send("reset"), next(g), next(g))
print(list(g))
def gen_with_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in gen")
gg = gen_with_exc()
print(next(gg))
gg.close()
print("closed again:", gg.close())
def infinite_squares():
    n = 0
    while True:
        yield n * n
        n += 1
sq = infinite_squares()
print([next(sq) for _ in range(6)], next(sq))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def tree_walk(t, depth=0):
    name, kids = t
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for d, n in tree_walk(tree):
    print("  " * d + n)
def gen_return_value():
    total = 0
    for i in range(5):
        total += yield i
    return total
def driver():
    result = yield from gen_return_value()
    yield "sum=%d" % result
dr = driver()
out = [next(dr)]
try:
    while True:
        out.append(dr.send(10))
except StopIteration:
    pass
print(out)
ge = (x for x in range(3))
print(next(ge), list(ge), list(ge))
def lazy_eval():
    print("body started")
    yield 1
lz = lazy_eval()
print("generator created")
print(next(lz))
print(type(lz).__name__, hasattr(lz, "send"), hasattr(lz, "__next__"))
def raising_gen():
    yield 1
    raise ValueError("inside generator")
try:
    for v in raising_gen():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
