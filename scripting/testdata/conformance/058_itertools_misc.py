from itertools import chain, accumulate, groupby, zip_longest, starmap, tee, compress, filterfalse
import operator
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate(["a", "b", "c"])))
data = "aaabbbccaaad"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, g in groupby(sorted(data))])
animals = ["ant", "bee", "cat", "cow", "dog", "duck", "eel"]
for letter, grp in groupby(animals, key=lambda s: s[0]):
    print(letter, list(grp))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], fillvalue=0)))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda a, b: a + b, zip("ab", "cd"))))
a, b = tee(range(5))
print(list(a), list(b))
x, y = tee(iter([1, 2, 3]))
print(next(x), next(x), next(y), list(x), list(y))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda v: v % 3, range(10))))
print(list(zip([1, 2, 4, 7], [2, 4, 7, 11])), [b - a for a, b in zip([1, 4, 9], [4, 9, 16])])
print(list(map(operator.itemgetter(1), [(1, "x"), (2, "y")])), operator.add(2, 3), operator.neg(4))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=operator.itemgetter(1)))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1), P(2)], key=operator.attrgetter("n"))])
print(operator.methodcaller("upper")("abc"), operator.mul(6, 7), operator.truediv(1, 4), operator.mod(-7, 3))
