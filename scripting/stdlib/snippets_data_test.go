package stdlib

// Expected outputs generated with CPython 3.11.7.

var snippetTests = []struct{ name, src, want string }{
	{"math", `
import math
print(math.log2(3), math.tan(math.pi/4), math.fsum([1e-16, 1, 1e16]), math.hypot(1, 2, 3))
print(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.floor(-2.5), math.ceil(1e20), math.isqrt(10**30), math.log(2**2000), math.log10(10**50))
print(math.frexp(0.1), math.modf(-3.25), math.ldexp(3, -2), math.copysign(1, -0.0), math.ulp(1.0), math.nextafter(1, 2))
print(math.dist((1, 2), (4, 6)), math.prod([2, 3], start=10), math.isclose(1, 1 + 1e-10), math.erf(0.5), math.gamma(0.5))
for e in ["math.sqrt(-1)", "math.exp(1000)", "math.factorial(-1)", "math.log(0)", "math.floor(math.inf)", "math.fsum([math.inf, -math.inf])"]:
    try:
        eval(e)
    except Exception as x:
        print(type(x).__name__, x)
`, `1.584962500721156 0.9999999999999999 1.0000000000000002e+16 3.7416573867739413
265252859812191058636308480000000 100891344545564193334812497256 720 3 60
-3 100000000000000000000 1000000000000000 1386.2943611198907 50.0
(0.8, -3) (-0.25, -3.0) 0.75 -1.0 2.220446049250313e-16 1.0000000000000002
5.0 60 True 0.5204998778130465 1.7724538509055159
ValueError math domain error
OverflowError math range error
ValueError factorial() not defined for negative values
ValueError math domain error
OverflowError cannot convert float infinity to integer
ValueError -inf + inf in fsum
`},
	{"json", `
import json
d = {"b": [1, 2.5, None, True], "a": {"x": "é\n\"", "y": []}, 3: 1.0, None: float("inf")}
print(json.dumps(d))
print(json.dumps(d, indent=2, ensure_ascii=False))
print(json.dumps([1, {"z": 1, "a": 2}], sort_keys=True, separators=(",", ":")))
print(json.loads('{"a": [1, 2.0, -3e2, "\\u00e9\\ud83d\\ude00"], "b": null, "c": NaN}'))
for bad in ["", "[1,]", '{"a" 1}', "[1] x", '"abc', '{"a":1,}', "[1 2]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps({"a": object()}, default=lambda o: "obj"))
`, `{"b": [1, 2.5, null, true], "a": {"x": "\u00e9\n\"", "y": []}, "3": 1.0, "null": Infinity}
{
  "b": [
    1,
    2.5,
    null,
    true
  ],
  "a": {
    "x": "é\n\"",
    "y": []
  },
  "3": 1.0,
  "null": Infinity
}
[1,{"a":2,"z":1}]
{'a': [1, 2.0, -300.0, 'é😀'], 'b': None, 'c': nan}
Expecting value: line 1 column 1 (char 0) 0 1 1
Expecting value: line 1 column 4 (char 3) 3 1 4
Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
Extra data: line 1 column 5 (char 4) 4 1 5
Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
Expecting property name enclosed in double quotes: line 1 column 8 (char 7) 7 1 8
Expecting ',' delimiter: line 1 column 4 (char 3) 3 1 4
Object of type set is not JSON serializable
{"a": "obj"}
`},
	{"itertools", `
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)))
print(list(it.accumulate([1, 2, 3, 4], initial=10)), list(it.accumulate([3, 1, 4], max)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])))
print([(k, list(g)) for k, g in it.groupby("aaabbc")])
print(list(it.pairwise([1, 2, 3])), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(range(3)); print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.compress("abcd", [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
`, `[5, 7, 9, 11] ['a', 'b', 'a', 'b', 'a'] [1, 1, 1]
[10, 11, 13, 16, 20] [3, 3, 4]
['a', 'b', 1] ['x', 'y', 'z']
[('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c'])]
[(1, 2), (2, 3)] [8, 9]
[0, 1, 2] [0, 1, 2]
[('a', 1), ('b', '-'), ('c', '-')]
[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'b'), ('b', 'b', 'b')]
[2, 5] ['a', 'c'] [4, 1]
[1, 2] [0, '']
`},
	{"operator", `
import operator as op
print(op.add(1, 2), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(3))
print(op.lt(1, 2), op.ge(1, 2), op.eq([1], [1]), op.not_(0), op.truth([]), op.contains("abc", "b"), op.index(5))
print(op.itemgetter(1)([1, 2]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.methodcaller("split", ",")("a,b"))
print(op.itemgetter(1), op.attrgetter("a.b"), op.methodcaller("f", 1, k=2))
l = [1]; print(op.iadd(l, [2]), l, op.concat([1], [2]), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
d = {}; op.setitem(d, "k", 1); print(d, op.getitem(d, "k"))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1), reverse=True))
`, `3 aaa 0.25 -4 2 1024 -3
True False True True False True 5
2 ('a', 'c') 3 ['a', 'b']
operator.itemgetter(1) operator.attrgetter('a.b') operator.methodcaller('f', 1, k=2)
[1, 2] [1, 2] [1, 2] 2 7 5
{'k': 1} 1
[('a', 3), ('b', 2)]
`},
	{"re", `
import re
m = re.search(r"(?P<w>\w+)@(\w+)\.com", "mail: joe@example.com!")
print(m, m.group(), m.group(1, 2), m.groupdict(), m.span(2), m.start("w"), m.lastindex, m[0])
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.split(r"[,;]\s*", "a, b;c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.subn("a", "-", "banana"), re.escape("a.b*c"))
print(re.match("é+", "ééa").span(), [m.span() for m in re.finditer("a", "éaéa")])
p = re.compile(r"^x\d$", re.M | re.I)
print(p, p.pattern, p.flags, p.groups, p.findall("x1\nX2\ny3"))
print(re.fullmatch("a|ab", "ab"), re.match("b", "ab"), re.split("(-)", "a-b"))
try:
    re.compile("(")
except re.error as e:
    print(e)
`, `<re.Match object; span=(6, 21), match='joe@example.com'> joe@example.com ('joe', 'example') {'w': 'joe'} (10, 17) 6 2 joe@example.com
['1', '22', '333'] [('a', '1'), ('b', '2')] ['a', 'b', 'c']
world hello ('b-n-n-', 3) a\.b\*c
(0, 2) [(1, 2), (3, 4)]
re.compile('^x\\d$', re.IGNORECASE|re.MULTILINE) ^x\d$ 42 0 ['x1', 'X2']
<re.Match object; span=(0, 2), match='ab'> None ['a', '-', 'b']
missing ), unterminated subpattern at position 0
`},
	{"random", `
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"))
print(random.sample(range(100), 5), random.choices("abc", weights=[1, 2, 3], k=5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.getrandbits(70), random.triangular(0, 10))
r = random.Random("seed"); print(r.random(), r.randint(0, 9))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed(1.5); print(random.random())
`, `0.6394267984578837 4 77 c
[31, 28, 17, 94, 13] ['c', 'c', 'a', 'b', 'a'] 1.2186379748036034
[2, 1, 9, 7, 4, 6, 5, 3, 0, 8]
945915660517605252524 7.443638530967637
0.1382359792209653 3
True
0.551763726942059
`},
	{"os", `
import os, os.path
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("x/.bashrc"), os.path.splitext("a.tar.gz"))
print(os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.normpath("a//b/../c/./d"), os.sep, repr(os.linesep))
print(os.path.exists("/definitely/missing"), os.path.isdir("/"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a/d"))
try:
    os.remove("/definitely/missing")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    os.listdir("/definitely/missing")
except OSError as e:
    print(type(e).__name__, e)
import os.path as osp
print(osp is os.path, os.environ.get("SURELY_NOT_SET_X"), os.getenv("SURELY_NOT_SET_X", "dflt"))
`, `/c/d ('/a/b', '') ('x/.bashrc', '') ('a.tar', '.gz')
b.txt /a a/c/d / '\n'
False True False ../b/c
[Errno 2] No such file or directory: '/definitely/missing' 2 /definitely/missing
FileNotFoundError [Errno 2] No such file or directory: '/definitely/missing'
True None dflt
`},
}
