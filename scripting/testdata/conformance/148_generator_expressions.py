nums = range(1, 11)
print(sum(x * x for x in nums), max(x % 7 for x in nums), min(-x for x in nums))
print(any(x > 9 for x in nums), all(x > 0 for x in nums), list(x for x in nums if x % 3 == 0))
g = (x ** 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
print(sorted((x % 4, x) for x in range(8)))
print(dict((k, v) for k, v in zip("abc", range(3))), set(c for c in "hello" if c != "l") == {"h", "e", "o"})
print(tuple(i for i in range(3)), "".join(c.upper() for c in "gen"), ",".join(str(i) for i in range(3)))
words = ["alpha", "beta", "gamma", "delta"]
print(sum(len(w) for w in words), max((len(w), w) for w in words), next(w for w in words if w.startswith("g")))
print(next((w for w in words if w.startswith("z")), "none"))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix), list(sum(col) for col in zip(*matrix)), max(max(r) for r in matrix))
print(sum(matrix[i][i] for i in range(3)), sum(matrix[i][2 - i] for i in range(3)))
pairs = ((i, j) for i in range(3) for j in range(3) if i < j)
print(list(pairs))
lazy = (1 / x for x in [1, 2, 0, 4])
out = []
try:
    for v in lazy:
        out.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError after", out)
x = 10
gen = (x + i for i in range(3))
x = 100
print(list(gen))
gen2 = (i for i in range(x // 50))
x = 0
print(list(gen2))
print(sum(1 for _ in range(1000) if _ % 7 == 0), len([c for c in "mississippi" if c == "s"]))
