names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n, end="; ")
print()
print(list(zip(names, ages)), list(zip(names, ages, "xyz12")), list(zip()))
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
unz_names, unz_ages = zip(*pairs)
print(unz_names, unz_ages)
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, "", "x", None, []])))
print(list(reversed(names)), list(reversed(range(4))), "".join(reversed("abc")))
print(min(ages), max(ages), min(names, key=len), max(names, key=lambda n: n[-1]))
print(min([], default=None), max([], default=-1), min(3, 1, 2), max("a", "bc", key=len))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(sum(ages), sum(ages, 100), sum([0.5, 0.25]), sum([]))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 35 for x in ages))
print(abs(-3), abs(2.5), len(names), len("hé"), len({1: 2}), len(range(0, 100, 7)))
print(sorted(zip(ages, names)), max(zip(ages, names)))
print(list(enumerate("ab", 10)), list(map(str.upper, names)))
print(divmod(17, 5), pow(2, 8), pow(2, 8, 10), round(2.567, 1))
print(isinstance(1, int), isinstance(1.0, (int, float)), isinstance("s", (list, tuple)))
print(issubclass(int, object), issubclass(bool, (str, int)), callable(len), callable(5))
print(type(len).__name__, type(lambda: 0).__name__, type(range(1)).__name__)
it = iter(ages)
print(next(it), next(it), next(it), next(it, "default"))
print(list(map(pow, [2, 3], [3, 2])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(max(range(10), key=lambda v: (v % 4, v)), sorted(names, key=len, reverse=True))
