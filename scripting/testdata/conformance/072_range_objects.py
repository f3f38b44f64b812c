r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3])
print(range(1, 10, 2), list(range(1, 10, 2)), len(range(1, 10, 2)))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), len(range(0, -10, -1)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), sum(range(101)))
print(range(0, 10, 2).index(6), range(0, 20, 5).count(15), range(3) == range(0, 3), range(0) == range(5, 2))
print(repr(range(3)), repr(range(1, 5)), repr(range(1, 10, 2)), str(range(2, 3)))
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 700 in big, 701 in big, big[-1])
print(r.start, r.stop, r.step, range(1, 9, 2)[1:3], range(1, 9, 2)[-2])
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print([i * i for i in range(1, 6)], max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), list(range(-5, 5, 3)), tuple(range(3)))
print(range(10)[slice(2, 8, 2)], list(range(10)[-3:]), range(5)[:100])
x = range(3)
it1, it2 = iter(x), iter(x)
print(next(it1), next(it1), next(it2))
print(hash(range(3)) == hash(range(0, 3)), type(range(3)).__name__)
