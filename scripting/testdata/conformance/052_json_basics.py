import json
data = {"name": "run-1", "params": {"lr": 0.01, "layers": [64, 32]}, "ok": True, "note": None}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2.5, "x", None, False]))
print(json.dumps("quote\" and \\ and \n newline"), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key"}))
back = json.loads(s)
print(back == data, back["params"]["layers"][1], type(back["params"]["lr"]).__name__)
print(json.loads("[1, 2.0, 1e3, -0.5, true, null]"))
print(json.loads('{"nested": {"deep": [[], {}]}}'))
print(json.loads('"\\u00e9\\n"'), json.loads("  42  "), json.loads("3.14"))
print(json.dumps(0.1), json.dumps(1e20), json.dumps(1e-7), json.dumps(3.0), json.dumps(2 ** 70))
try:
    json.loads("{bad json}")
except ValueError as e:
    print("ValueError caught:", type(e).__name__)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[1, 2], {"k": []}], indent=1))
