print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([x if x > 2 else -x for x in range(5)])
print({w: len(w) for w in ["a", "bb", "ccc"]})
print({x % 4 for x in range(10)})
print({(i, j): i + j for i in range(2) for j in range(2)})
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
print(sum(x for x in range(101)), max(len(w) for w in ["ab", "abcd"]))
print([c.upper() for c in "abc" if c != "b"])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
class C:
    k = 10
    vals = [j * 2 for j in range(k, k + 2)]
    try:
        bad = [k + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
print([[y for y in range(x)] for x in range(4)])
flat = [n for sub in [[1, [2]], [3]] for n in sub]
print(flat)
print([i for i in range(10)][::-2])
