d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
d.update({"a": 10, "f": 6})
d.update(g=7)
d.update([("h", 8)])
print(d)
del d["f"]
print("f" in d, "a" in d, d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict(zip("abc", range(3))))
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
sq = {i: i * i for i in range(6) if i % 2 == 0}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
print({} == {}, {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3})
for k in sorted(d):
    print(k, "->", d[k])
for k, v in d.items():
    d[k] = v * 2
print(d)
d.clear()
print(d, bool(d))
