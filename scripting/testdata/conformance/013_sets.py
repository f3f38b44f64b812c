a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1})
print(a.issubset({0, 1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted({"pear", "apple", "fig"}))
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)))
print({x % 3 for x in range(10)})
print(set(), set([]), {1} == {1.0}, {1, 2} == {2, 1})
c = a.copy()
c |= {10}
c &= {1, 2, 10}
c -= {2}
print(c, a)
c ^= {1, 20}
print(c)
x = {5, 1, 3}
print(x.pop() in {1, 3, 5}, len(x))
print(sorted(set("hello") & set("world")))
print(set(range(5)) - set(range(0, 10, 2)))
print(sum({1, 2, 3}), max({4, 9, 2}), 3 in {1, 2, 3})
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print({1, 2, 3} - {2}, {-1, -2, 0})
