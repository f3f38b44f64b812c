class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "overwritten"
d[Key(2, 1)] = "second"
print(len(d), d[Key(1, 2)], Key(2, 1) in d, Key(3, 3) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s, sorted(s, key=lambda k: (k.a, k.b)))
class CaseInsensitive:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s.lower() == o.s.lower()
    def __hash__(self):
        return hash(self.s.lower())
    def __repr__(self):
        return "CI(%r)" % self.s
names = [CaseInsensitive(n) for n in ["Alice", "ALICE", "bob", "Bob", "carol"]]
uniq = []
seen = set()
for n in names:
    if n not in seen:
        seen.add(n)
        uniq.append(n)
print(uniq, len(seen))
print(names.count(CaseInsensitive("alice")), names.index(CaseInsensitive("BOB")))
print(CaseInsensitive("X") in names, CaseInsensitive("Carol") in names)
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
class IdentityOnly:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "I%d" % self.n
x, y = IdentityOnly(1), IdentityOnly(1)
print(x == y, x == x, len({x, y, x}), x in [y], x in [x])
class AlwaysEqual:
    def __eq__(self, o):
        return True
    __hash__ = None
print([1, 2, 3].count(AlwaysEqual()), AlwaysEqual() in [5], [AlwaysEqual()] == [7])
cache = {}
def lookup(a, b):
    k = Key(a, b)
    if k not in cache:
        cache[k] = a * 10 + b
    return cache[k]
print([lookup(i % 2, i % 3) for i in range(8)], len(cache))
print(1 == 1.0 and hash(1) == hash(1.0), {1: "a"}[1.0], {(1, 2.0): "t"}[(1.0, 2)])
