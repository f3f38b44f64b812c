class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, "done"))
print(list(cd))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
it2 = iter("ab")
print(next(it2), next(it2), next(it2, "end"))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), max(Fib(1000)))
sentinel_src = iter([3, 2, 1, 0, 5, 6])
print(list(iter(lambda: next(sentinel_src), 0)))
e = enumerate("xyz", start=1)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda v: v * 2, Countdown(3))
print(list(m))
try:
    next(iter([]))
except StopIteration:
    print("empty iterator")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(all(Countdown(3)), any(Countdown(0)), sorted(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
