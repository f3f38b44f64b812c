students = {
    "physics": {"ann", "bob", "cy", "dee"},
    "math": {"bob", "dee", "eve"},
    "chem": {"cy", "eve", "fay", "ann"},
}
print(sorted(students["physics"] & students["math"]))
print(sorted(students["physics"] | students["math"] | students["chem"]))
print(sorted(students["physics"] - students["math"] - students["chem"]))
print(sorted(students["math"] ^ students["chem"]))
all_three = set.intersection(*students.values())
any_course = set.union(*students.values())
print(sorted(all_three), len(any_course))
for course, s in sorted(students.items()):
    others = set().union(*(v for k, v in students.items() if k != course))
    print(course, "exclusive:", sorted(s - others))
count = {}
for s in students.values():
    for name in s:
        count[name] = count.get(name, 0) + 1
print(sorted(n for n, c in count.items() if c >= 2))
def jaccard(a, b):
    return len(a & b) / len(a | b)
print(round(jaccard(students["physics"], students["chem"]), 4), jaccard({1}, {2}))
primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(primes & odds, primes - odds, sorted(odds - primes))
print({1, 2} < {1, 2, 3}, {1, 2, 3} > {1, 2}, {1, 2}.issubset([1, 2]), set("abc") >= set("a"))
seen, dups = set(), set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    (dups if x in seen else seen).add(x)
print(seen, dups)
words = "the rain in spain falls mainly on the plain".split()
print(sorted({w for w in words if "ain" in w}), len(set(words)), len(words))
s = set(range(10))
s -= {0, 1}
s &= set(range(5, 20))
s |= {100}
s ^= {5, 200}
print(s)
