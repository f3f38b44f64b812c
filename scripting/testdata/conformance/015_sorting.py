nums = [5, 2, 9, 1, 5, 6, -3]
print(sorted(nums), sorted(nums, reverse=True))
nums.sort(key=abs)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.7), ("dave", 30, 3.1)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[2])))
by_gpa = sorted(records, key=lambda r: r[2])
stable = sorted(by_gpa, key=lambda r: r[1])
print([r[0] for r in stable])
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted("hello world"), sorted({3: "a", 1: "b"}))
print(sorted([3.5, 1, 2.25, -1e3, 0]))
print(sorted([[2, 1], [1, 2], [1], []]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
data = [3, 1, 2]
res = data.sort()
print(res, data)
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(list(reversed(sorted([4, 2, 8]))))
print(sorted([True, False, 0, 1, -1]))
m = [[3, 0], [1, 1], [2, 2]]
m.sort(key=lambda row: row[1], reverse=True)
print(m)
