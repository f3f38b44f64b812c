import json
import os
DEFAULTS = {"solver": {"method": "rk4", "dt": 0.01, "steps": 1000}, "output": {"every": 10, "fields": ["x", "v"]}, "seed": 0}
def deep_merge(base, over):
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
user_text = '{"solver": {"dt": 0.005}, "output": {"fields": ["x", "v", "E"]}, "label": "run \\"7\\""}'
user = json.loads(user_text)
cfg = deep_merge(DEFAULTS, user)
print(json.dumps(cfg, sort_keys=True))
print(cfg["solver"]["dt"] * cfg["solver"]["steps"], cfg["label"])
fname = "tmp_128_config.json"
with open(fname, "w") as f:
    json.dump(cfg, f, indent=4, sort_keys=True)
with open(fname) as f:
    raw = f.read()
print(raw)
print(json.loads(raw) == cfg)
os.remove(fname)
def flatten(d, prefix=""):
    for k in sorted(d):
        v = d[k]
        key = prefix + k
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v
for k, v in flatten(cfg):
    print("%-16s = %s" % (k, json.dumps(v)))
print(json.dumps({"pi": 3.141592653589793, "small": 1e-300, "neg": -2.5e-7, "int": 10 ** 20}))
