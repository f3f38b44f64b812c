fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs)
print(frozenset(), frozenset("aab") == frozenset("ab"))
g = frozenset({2, 3, 4})
print(fs | g, fs & g, fs - g, fs ^ g)
print(type(fs | g).__name__, type({1} | fs).__name__, type(fs | {1}).__name__)
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4})
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
families = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(families[frozenset({"b", "a"})])
sets_of_sets = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(sets_of_sets))
print(sorted(sorted(s) for s in sets_of_sets))
edges = [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(tuple(sorted(e)) for e in undirected))
print(fs.union([9]), fs.intersection(range(2, 10)))
print(fs.issubset(range(10)), fs.isdisjoint([7, 8]))
print(frozenset(range(5)).difference({0, 4}))
c = fs.copy()
print(c == fs, sorted(c))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
power = [frozenset()]
for el in [1, 2, 3]:
    power += [s | {el} for s in power]
print(len(power))
for p in sorted(power, key=lambda s: (len(s), sorted(s))):
    print(sorted(p))
