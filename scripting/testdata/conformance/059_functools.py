import functools
from functools import reduce, partial, lru_cache, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, c: c + acc, "abc", ""))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), [square(i) for i in range(5)], square.keywords, two_to.args)
to_int_base2 = partial(int, base=2)
print(to_int_base2("1011"), to_int_base2("111"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize)
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        return self.r == o.r
    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self):
        return "Card(%s)" % self.r
hand = [Card(c) for c in "K2TA5"]
print(sorted(hand), max(hand), Card("3") >= Card("3"), Card("J") > Card("Q"))
@functools.lru_cache(maxsize=128)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented():
    """doc here"""
print(documented.__name__, documented.__doc__)
