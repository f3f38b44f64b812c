parts = []
for i in range(5):
    parts.append("item%d" % i)
print(",".join(parts))
s = ""
for ch in "abc":
    s += ch * 2
print(s, len(s))
print("\n".join("%2d: %s" % (i, "*" * i) for i in range(1, 6)))
def pad_table(rows):
    widths = [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]
    return ["  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip() for r in rows]
for line in pad_table([("name", "value", "unit"), ("c", 299792458, "m/s"), ("G", 6.674e-11, "N m^2/kg^2"), ("h", 6.626e-34, "J s")]):
    print(line)
print("-".join(str(x) for x in range(10)), "".join(map(str, [1, 2, 3])))
words = ["alpha", "beta", "gamma"]
print(", ".join(words[:-1]) + " and " + words[-1])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
sentence = "The Quick Brown Fox"
print("_".join(sentence.lower().split()), sentence.swapcase(), sentence[::-1])
snake = "some_variable_name"
camel = snake.split("_")[0] + "".join(w.title() for w in snake.split("_")[1:])
print(camel)
import re
print(re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", "someCamelCaseName").lower())
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines
txt = "It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife"
for ln in wrap(txt, 28):
    print("|" + ln.ljust(28) + "|")
print("%s" * 3 % ("a", "b", "c"), "{}{}".format(*"xy"), "ab".join("123"))
print(str(123)[::-1], int(str(123)[::-1]) + 1, "".join(sorted("sorted", reverse=True)))
