inventory = {
    "widget": {"price": 2.50, "qty": 100, "tags": ["small", "metal"]},
    "gadget": {"price": 12.99, "qty": 15, "tags": ["electronic"]},
    "doohickey": {"price": 0.75, "qty": 1000, "tags": ["small", "plastic"]},
}
def total_value(inv):
    return sum(item["price"] * item["qty"] for item in inv.values())
print("total value %.2f" % total_value(inventory))
for name in sorted(inventory, key=lambda n: inventory[n]["price"] * inventory[n]["qty"], reverse=True):
    it = inventory[name]
    print("%-10s %7.2f x %5d = %9.2f" % (name, it["price"], it["qty"], it["price"] * it["qty"]))
orders = [("widget", 30), ("gadget", 20), ("doohickey", 250), ("gizmo", 1), ("widget", 80)]
for name, q in orders:
    item = inventory.get(name)
    if item is None:
        print("unknown item", name)
        continue
    if item["qty"] < q:
        print("backorder %s: want %d have %d" % (name, q, item["qty"]))
        continue
    item["qty"] -= q
    print("shipped %d %s, %d left" % (q, name, item["qty"]))
by_tag = {}
for name, it in inventory.items():
    for t in it["tags"]:
        by_tag.setdefault(t, []).append(name)
print({t: sorted(v) for t, v in sorted(by_tag.items())})
inventory["gizmo"] = {"price": 5.0, "qty": 0, "tags": []}
out_of_stock = [n for n, it in inventory.items() if it["qty"] == 0]
print(out_of_stock, len(inventory))
restock = {"gizmo": 10, "gadget": 5}
for k, v in restock.items():
    inventory[k]["qty"] += v
print({k: v["qty"] for k, v in inventory.items()})
cheap = {k for k, v in inventory.items() if v["price"] < 3}
print(sorted(cheap), "total value %.2f" % total_value(inventory))
print(max(inventory.items(), key=lambda kv: kv[1]["qty"])[0], min(inventory, key=len))
