import json, os
results = []
for i in range(4):
    results.append({"trial": i, "energy": -1.5 * i + 0.1, "spins": [1, -1] * (i + 1), "tag": "t%d" % i})
doc = {"experiment": "ising", "version": 3, "results": results, "meta": {"temp": 2.269, "L": 16}}
fname = "tmp_053.json"
with open(fname, "w") as f:
    json.dump(doc, f, indent=2, sort_keys=True)
with open(fname) as f:
    text = f.read()
print(text.count("\n"), text.splitlines()[0], text.splitlines()[1])
with open(fname) as f:
    loaded = json.load(f)
os.remove(fname)
print(loaded == doc)
for r in loaded["results"]:
    print(r["trial"], r["energy"], sum(r["spins"]), r["tag"])
print(sorted(loaded), sorted(loaded["meta"].items()))
floats = [0.1, 1 / 3, 1e-10, 123456789.123, -0.0, 1e300]
rt = json.loads(json.dumps(floats))
print(rt, rt == floats)
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=4))
tup = json.loads(json.dumps({"t": (1, 2)}))
print(tup, type(tup["t"]).__name__)
s = json.dumps({"text": "line1\nline2\ttab \"q\""})
print(s)
print(json.loads(s)["text"])
print(json.loads('{"a": 1, "a": 2}'))
print(json.dumps(True), json.dumps(None), json.loads("false"))
