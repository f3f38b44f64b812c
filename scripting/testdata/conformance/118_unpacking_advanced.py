data = [("alice", (90, 85), ["math", "cs"]), ("bob", (70, 95), ["bio"])]
for name, (s1, s2), [first, *others] in data:
    print(name, s1 + s2, first, others)
a, (b, (c, d)), e = 1, (2, (3, 4)), 5
print(a, b, c, d, e)
first, *middle, last = range(10)
print(first, middle, last)
*_, penultimate, _ = "abcdef"
print(penultimate)
head, *tail = [1]
print(head, tail)
(x, y), *rest = [(1, 2), (3, 4), (5, 6)]
print(x, y, rest)
for i, (a, *b) in enumerate([[1, 2, 3], [4], [5, 6]]):
    print(i, a, b)
def stats(*nums):
    lo, *_, hi = sorted(nums)
    return lo, hi
print(stats(5, 3, 9, 1))
m = {"a": 1, "b": 2}
(k1, v1), (k2, v2) = sorted(m.items())
print(k1, v1, k2, v2)
print([*"ab", *range(2), *{"z": 0}])
print({*"aab", *[1]} == {"a", "b", 1})
print(dict(**m, c=3), {**m, "a": 100})
def kw(**k):
    return sorted(k.items())
print(kw(**m, **{"d": 4}))
def pos(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2]
print(pos(*args, 3), pos(*[9], *[8, 7]), pos(3, *(2,), **{"c": 1}))
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = r = 0
p, q, r = q + 1, p + 2, r + 3
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
cols = [*zip(*matrix)]
print(cols)
t = (1, *[2, 3], 4)
print(t, type(t).__name__)
