sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(7, sym, 2, "=", ops[sym](7, 2))
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 3)])
x = 5
y = "big" if x > 3 else "small"
print(y, "even" if x % 2 == 0 else "odd", (1 if x else 2), ("a" if False else "b" if False else "c"))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), list(map(lambda s: s[::-1], ["ab", "cd"])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.__name__)
print((lambda x, *, k=2: x ** k)(3), (lambda x, *, k=2: x ** k)(3, k=3))
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1/0, None or 0 or "last")
print(not 0, not [1], not None, (not 1) == False, True and not False)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log) or side(2, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
print(all(x > 0 for x in [1, 2]), [x for x in [0, 1, "", "a", None, [], [0]] if x])
a = b = c = 7
print(a, b, c, a is b)
i = j = []
i.append(1)
print(j)
val = None
print(val if val is not None else "fallback", 1 < 2 and "yes" or "no")
