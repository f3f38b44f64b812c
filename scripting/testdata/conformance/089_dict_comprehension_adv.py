words = ["apple", "bob", "kayak", "level", "python", "noon", "data"]
palins = {w: w == w[::-1] for w in words}
print(palins)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({k: sorted(v) for k, v in sorted(by_len.items(), reverse=True)})
squares = {n: n ** 2 for n in range(-3, 4)}
print(squares, {v for v in squares.values()})
matrix = {(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j}
print(matrix)
transposed = {(j, i): v for (i, j), v in matrix.items()}
print(sorted(transposed.items())[:4])
freq = {c: "hello world".count(c) for c in sorted(set("hello world")) if c != " "}
print(freq)
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(2)}
print(nested)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1, "d": 3}.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in inverted.items()})
data = [("x", 1), ("y", 2), ("x", 3), ("z", 4), ("y", 5)]
summed = {}
for k, v in data:
    summed[k] = summed.get(k, 0) + v
print(summed, max(summed.items(), key=lambda kv: kv[1]))
celsius = {"mon": 18.5, "tue": 21.0, "wed": 19.25}
print({d: round(c * 9 / 5 + 32, 2) for d, c in celsius.items()})
print({i: chr(65 + i) for i in range(5)}, dict(enumerate("xyz")))
keys = ["a", "b", "c"]
vals = [1, 2]
print(dict(zip(keys, vals)), {k: None for k in keys})
print({**{"a": 1, "b": 2}, **{"b": 3}}, {1.0: "f", 1: "i"}, {(1, 2): 1, (1.0, 2.0): 2})
