from itertools import count, cycle, repeat, islice, takewhile, dropwhile
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(10, -3), 4)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 5)))
print(list(repeat("x", 3)), list(islice(repeat(7), 4)), list(repeat(1, 0)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))
print(list(islice(range(100), 10, 20, 3)), list(islice("abcdef", 2)), list(islice("abcdef", 2, None)))
print(list(takewhile(lambda x: x < 5, count())), list(dropwhile(lambda x: x < 5, range(10))))
print(list(takewhile(lambda c: c != " ", "hello world")))
print(list(dropwhile(lambda x: x % 2, [1, 3, 5, 6, 7, 8])))
c = count(100)
print(next(c), next(c), next(c))
cyc = cycle(range(3))
print([next(cyc) for _ in range(7)])
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
print(sum(islice(count(1), 100)), list(islice(count(), 0, 20, 7)))
