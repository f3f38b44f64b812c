class Stream:
    def __init__(self, data):
        self.data = data
        self.pulled = 0
    def __iter__(self):
        for x in self.data:
            self.pulled += 1
            yield x
s = Stream(range(100))
print(next(x for x in s if x > 5), s.pulled)
s2 = Stream(range(10))
print(any(x == 3 for x in s2), s2.pulled)
s3 = Stream(range(10))
print(all(x < 4 for x in s3), s3.pulled)
s4 = Stream("abcdef")
print(list(zip(s4, range(3))), s4.pulled)
s5 = Stream([3, 1, 2])
print(sorted(s5), max(Stream([3, 9, 4])), min(Stream("zya")), sum(Stream([1.5, 2.5])))
print(list(enumerate(Stream("xy"))), dict(zip(Stream("ab"), Stream([1, 2]))))
print(list(map(lambda a, b: a + b, Stream([1, 2, 3]), Stream([10, 20]))))
print(list(filter(str.isupper, Stream("aBcD"))), "".join(Stream("join")), tuple(Stream((1, 2))))
print(set(Stream([1, 1, 2])), list(reversed(list(Stream([1, 2, 3])))), len(list(Stream(range(5)))))
a, b, *c = Stream(range(5))
print(a, b, c)
print(3 in Stream([1, 2, 3]), 7 in Stream([1, 2]), list(iter(Stream([9, 8]))))
it = iter(Stream(range(3)))
print(next(it), next(it), next(it), next(it, "stop"))
print([x * y for x in Stream([1, 2]) for y in Stream([10, 100])])
total = 0
for chunk in Stream([[1, 2], [3], []]):
    for v in chunk:
        total += v
print(total)
