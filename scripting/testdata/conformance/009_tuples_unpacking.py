t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
[m, n] = "xy"
print(m, n)
one = (1,)
print(one, len(one), (), tuple(), tuple([1, 2]), tuple("ab"))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (2,) > (1, 9))
print(t.index(2), t.count(3), 2 in t, max(t))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
print(*[1, 2], *[3], sep=",")
print([*range(3), *"ab"], (*[1, 2], 3))
d = {**{"a": 1}, "b": 2, **{"c": 3}}
print(d)
def f(*args):
    return args
print(f(*t, 4), f())
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, [2]) == (1, [2]))
