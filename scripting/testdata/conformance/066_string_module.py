import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount="12.50"))
print(t.substitute({"name": "Bo", "amount": 3}))
t2 = string.Template("$x and $y")
print(t2.safe_substitute(x=1))
try:
    t2.substitute(x=1)
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("the  quick brown   fox"))
counts = {c: 0 for c in "lds"}
for ch in "Hello World 123!":
    if ch in string.ascii_letters:
        counts["l"] += 1
    elif ch in string.digits:
        counts["d"] += 1
    elif ch in string.punctuation:
        counts["s"] += 1
print(counts)
def caesar(s, k):
    lo = string.ascii_lowercase
    table = str.maketrans(lo + lo.upper(), lo[k:] + lo[:k] + (lo[k:] + lo[:k]).upper())
    return s.translate(table)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, 23))
print("hello".translate(str.maketrans("el", "ip")), "abc".translate({ord("a"): None, ord("b"): "BB"}))
print(string.Template("${a}b").substitute(a="A"))
print("".join(c for c in "a1b2c3" if c not in string.digits))
