from collections import OrderedDict
od = OrderedDict()
for k in ["b", "a", "c"]:
    od[k] = ord(k)
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
lru = OrderedDict()
def access(key, cap=3):
    if key in lru:
        lru.move_to_end(key)
    else:
        lru[key] = True
        if len(lru) > cap:
            evicted, _ = lru.popitem(last=False)
            print("evict", evicted)
    return list(lru)
for k in [1, 2, 3, 1, 4, 2, 5]:
    print(access(k))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(OrderedDict.fromkeys("abc", 0))
c = a.copy()
c["z"] = 3
print(c, a)
print(list(reversed(c)), OrderedDict(sorted({"q": 1, "e": 2}.items())))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
d = OrderedDict(one=1)
d.setdefault("two", 2)
d.update(three=3)
print(d, d.pop("one"), repr(OrderedDict()))
