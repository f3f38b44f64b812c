package stdlib

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/scripting"
)

// TestPyModules runs snippets that use the modules written in the dialect
// (py/*.py) and compares their output with what CPython 3.11.7 printed.
func TestPyModules(t *testing.T) {
	for _, c := range pyModuleCases {
		t.Run(c.name, func(t *testing.T) {
			var buf, errBuf bytes.Buffer
			in := scripting.New(scripting.Options{Stdout: &buf, Stderr: &errBuf})
			_, err := in.Exec(context.Background(), c.src, "<test>")
			if err != nil {
				t.Errorf("error: %v", err)
			}
			if got := buf.String(); got != c.want {
				t.Errorf("output differs from CPython 3.11:\n%s", pyFirstDiff(got, c.want))
			}
		})
	}
}

func pyFirstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "  got:  " + gl + "\n  want: " + wl
		}
	}
	return "(identical lines, different endings)"
}

// Expected outputs below were produced by CPython 3.11.7.

var pyModuleCases = []struct{ name, src, want string }{
	{`CounterBasics`, `from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common(0), c["zz"], c.total())
c.update({"a": 2, "q": 1})
c.subtract("aab")
print(c, len(c))
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-1), Counter(a=3) - Counter(a=5))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(-Counter(a=-2, b=3), +Counter(a=-2, b=3), Counter())
print(sorted(Counter(x=2, y=1).elements()), Counter("aab") == Counter("aba"))
print(Counter(a=1) == {"a": 1}, isinstance(c, dict), repr(Counter({1: 2})))
c2 = Counter(a=1)
c2 += Counter(a=2, b=-1)
print(c2)
del c2["zzz"]
print(dict(c2), list(Counter("hello").keys()))
`, `Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
[('a', 5), ('b', 2)] [] 0 11
Counter({'a': 5, 'r': 2, 'b': 1, 'c': 1, 'd': 1, 'q': 1}) 6
Counter({'a': 4, 'b': 3}) Counter()
Counter({'a': 1, 'b': 1}) Counter({'a': 3, 'b': 2})
Counter({'a': 2}) Counter({'b': 3}) Counter()
['x', 'x', 'y'] True
True True Counter({1: 2})
Counter({'a': 3})
{'a': 3} ['h', 'e', 'l', 'o']
`},
	{`DefaultDict`, `from collections import defaultdict
d = defaultdict(list)
d["x"].append(1)
d["y"]
print(d, d.default_factory)
n = defaultdict(int, {"a": 1})
n["b"] += 2
print(n, dict(n), len(n), "c" in n)
print(defaultdict(None))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
c = n.copy()
c["z"] = 9
print(type(c).__name__, sorted(c.items()), sorted(n.items()))
`, `defaultdict(<class 'list'>, {'x': [1], 'y': []}) <class 'list'>
defaultdict(<class 'int'>, {'a': 1, 'b': 2}) {'a': 1, 'b': 2} 2 False
defaultdict(None, {})
KeyError 'k'
TypeError first argument must be callable or None
defaultdict [('a', 1), ('b', 2), ('z', 9)] [('a', 1), ('b', 2)]
`},
	{`OrderedDict`, `from collections import OrderedDict
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a")
print(o)
o.move_to_end("c", last=False)
print(list(o), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1))
p = OrderedDict([(1, 1), (2, 2)])
q = OrderedDict([(2, 2), (1, 1)])
print(p == q, p == dict(q), dict(p) == q, p != q)
print(list(reversed(p)), OrderedDict.fromkeys("ab"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
`, `OrderedDict([('b', 2), ('c', 3), ('a', 1)])
['c', 'b', 'a'] ('a', 1) ('c', 3) OrderedDict([('b', 2)])
OrderedDict() True
False True True True
[2, 1] OrderedDict([('a', None), ('b', None)])
KeyError 'dictionary is empty'
`},
	{`NamedTuple`, `from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p == (1, 2), tuple(p), len(p))
a, b = p
print(a, b, P._fields, p._asdict(), p._replace(x=5), P._make([3, 4]))
print(hash(p) == hash((1, 2)), p < P(1, 3), sorted([P(2, 1), P(1, 9)]))
R = namedtuple("R", ["a", "b", "c"], defaults=[0, 1])
print(R(5), R(5, 6, 7), R._field_defaults)
for args in [(), (1, 2, 3, 4)]:
    try:
        R(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    P(1, 2, z=3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError:
    print("AttributeError")
S = namedtuple("S", "def x _y x", rename=True)
print(S._fields)
try:
    namedtuple("T", "a a")
except ValueError as e:
    print("ValueError", e)
print(isinstance(p, tuple), type(p).__name__, P.__name__)
`, `P(x=1, y=2) 1 2 True (1, 2) 2
1 2 ('x', 'y') {'x': 1, 'y': 2} P(x=5, y=2) P(x=3, y=4)
True True [P(x=1, y=9), P(x=2, y=1)]
R(a=5, b=0, c=1) R(a=5, b=6, c=7) {'b': 0, 'c': 1}
TypeError R.__new__() missing 1 required positional argument: 'a'
TypeError R.__new__() takes from 2 to 4 positional arguments but 5 were given
TypeError P.__new__() got an unexpected keyword argument 'z'
AttributeError
('_0', 'x', '_2', '_3')
ValueError Encountered duplicate field name: 'a'
True P P
`},
	{`Deque`, `from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, len(d), d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-1)
print(d, d.popleft(), d.pop(), d)
d.extendleft("ab")
print(d, d.count("a"), d.index(3), 3 in d)
d.remove("a")
d.reverse()
print(d, list(reversed(d)), deque(), repr(deque(maxlen=2)))
e = deque(range(10))
for _ in range(7):
    e.popleft()
e.append(10)
e.appendleft(-1)
print(e, e == deque([-1, 7, 8, 9, 10]), e[1])
e[1] = 70
del e[0]
print(e, e.copy(), bool(deque()))
try:
    deque().popleft()
except IndexError as ex:
    print("IndexError", ex)
try:
    e.index(99)
except ValueError as ex:
    print("ValueError", ex)
`, `deque([2, 3, 4, 5, 6], maxlen=5) 5 5 2 6
deque([5, 6, 2, 3, 4], maxlen=5)
deque([2, 3, 4], maxlen=5) 6 5 deque([2, 3, 4], maxlen=5)
deque(['b', 'a', 2, 3, 4], maxlen=5) 1 3 True
deque([4, 3, 2, 'b'], maxlen=5) ['b', 2, 3, 4] deque([]) deque([], maxlen=2)
deque([-1, 7, 8, 9, 10]) True 7
deque([70, 8, 9, 10]) deque([70, 8, 9, 10]) False
IndexError pop from an empty deque
ValueError 99 is not in deque
`},
	{`Functools`, `import functools
from functools import reduce, partial, lru_cache, cmp_to_key, wraps, total_ordering
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7))
def f(a, b, c=0):
    return a * 100 + b * 10 + c
p = partial(f, 1, c=3)
print(p(2), p(2, c=9), p.args, p.keywords, p.func is f)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info(), sq.__name__)
sq.cache_clear()
print(sq.cache_info())
fcache = functools.cache
@fcache
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info().hits)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def named():
    "the doc"
    return 1
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named())
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2))
sdispatch = functools.singledispatch
@sdispatch
def kind(x):
    return "object"
reg = kind.register
@reg(int)
def _(x):
    return "int"
@reg(str)
def _(x):
    return "str"
print(kind(1), kind("a"), kind(1.5), kind(True))
class C:
    def __init__(self):
        self.n = 0
    cprop = functools.cached_property
    @cprop
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n)
`, `24 7
123 129 (1,) {'c': 3} True
1548008755920 CacheInfo(hits=58, misses=61, maxsize=None, currsize=61)
9 9 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1) sq
CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)
1 1 1
[5, 4, 1]
named the doc named 1
True True False True
int str object int
42 42 1
`},
	{`Copy`, `import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(8)
print(a, b, c)
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
p = P([1])
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(2)
print(p, q, r, q.x is p.x, r.x is p.x)
class H:
    def __init__(self):
        self.v = 1
    def __deepcopy__(self, memo):
        return "custom"
print(copy.deepcopy([H()]))
cyc = {}
cyc["self"] = cyc
dc = copy.deepcopy(cyc)
print(dc["self"] is dc, dc is cyc)
t = (1, [2])
dt = copy.deepcopy(t)
print(dt, dt is t, dt[1] is t[1], copy.deepcopy((1, 2)) is not None)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
`, `[1, [2, 3, 9], {'k': [4, 8]}] [1, [2, 3, 9], {'k': [4, 8]}] [1, [2, 3], {'k': [4]}]
P([1, 2]) P([1, 2]) P([1]) True False
['custom']
True False
(1, [2]) False False True
True False frozenset({1})
`},
	{`Statistics`, `import statistics as st
data = [1.5, 2.25, 3.1, 4.8, 10.0, 2.2]
print(st.mean(data), st.fmean(data), st.median(data))
print(st.variance(data), st.stdev(data))
print(st.pvariance(data), st.pstdev(data))
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]))
print(st.median_low([4, 1, 3, 2]), st.median_high([4, 1, 3, 2]), st.median([3, 1, 2]))
print(st.mode(["a", "b", "b", "a", "c"]), st.multimode("aabbc"), st.multimode([]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.harmonic_mean([2, 4, 4]), st.geometric_mean([2, 8]))
print(st.mean([0.1] * 10), st.stdev([0.1, 0.2, 0.3, 0.4]), st.mean([1e16, 1, -1e16]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
for fn in (st.mean, st.median, st.mode, st.pvariance):
    try:
        fn([])
    except st.StatisticsError as e:
        print(type(e).__name__, e)
try:
    st.variance([1])
except st.StatisticsError as e:
    print(e)
print(isinstance(st.StatisticsError(), ValueError))
`, `3.975 3.975 2.675
9.99975 3.162238131450571
8.333124999999999 2.886715261330774
2 1.5 4 1.25
2 3 2
a ['a', 'b'] []
[2.75, 5.5, 8.25] [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]
3.0 4.0
0.1 0.12909944487358058 0.3333333333333333
3.7
StatisticsError mean requires at least one data point
StatisticsError no median for empty data
StatisticsError no mode for empty data
StatisticsError pvariance requires at least one data point
variance requires at least two data points
True
`},
	{`String`, `import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(t.substitute({"who": 1, "what": 2}), t.get_identifiers(), t.is_valid())
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
try:
    string.Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("x $ y ${z").safe_substitute(z=1))
f = string.Formatter()
print(f.format("{} and {name!r:>6} {0[1]}", [1, 2], name="n"))
print(list(f.parse("a{0}b{x:>3}c")))
`, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567\n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ' \\t\\n\\r\\x0b\\x0c' '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&\\'()*+,-./:;<=>?@[\\\\]^_`{|}~ \\t\\n\\r\\x0b\\x0c'\nHello Big World A-B c-D\ntim likes kung pao; costs $5 x likes ${what}; costs $5\n1 likes 2; costs $5 ['who', 'what'] True\nValueError Invalid placeholder in string: line 1, col 5\nKeyError 'b'\nx $ y ${z\n[1, 2] and    'n' 2\n[('a', '0', '', None), ('b', 'x', '>3', None), ('c', None, None, None)]\n"},
	{`Textwrap`, `import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known sentence-for testing hyphen-ated words -- and dashes."
for w in (10, 20, 33):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world! How are you today?", width=15))
print(textwrap.shorten(s, 40, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(repr(textwrap.dedent("\t x\n\t y\n")), repr(textwrap.dedent("  a\n \n  b")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 8))
print(textwrap.wrap("a\tb c\nd", 5), textwrap.wrap("one. two", 30, fix_sentence_endings=True))
print(textwrap.wrap("aaa bbb ccc ddd eee", 7, max_lines=2))
print(textwrap.wrap("x-y-z abc-def-ghi", 6, break_on_hyphens=False))
`, `['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. A', 'well-known', 'sentence-', 'for', 'testing', 'hyphen-', 'ated words', '-- and', 'dashes.']
['The quick brown fox', 'jumps over the lazy', 'dog. A well-known', 'sentence-for testing', 'hyphen-ated words --', 'and dashes.']
['The quick brown fox jumps over', 'the lazy dog. A well-known', 'sentence-for testing hyphen-ated', 'words -- and dashes.']
> The quick brown fox
  jumps over the lazy
  dog. A well-known
  sentence-for testing
  hyphen-ated words --
  and dashes.
Hello [...]
The quick brown fox jumps over the...
'a\n  b\n\nc\n'
'x\ny\n' 'a\n\nb'
'> a\n\n> b\n' '+a\n+b'
['supercal', 'ifragili', 'sticexpi', 'alidocio', 'us is', 'long']
['a', 'b c d'] ['one.  two']
['aaa bbb', '[...]']
['x-y-z ', 'abc-de', 'f-ghi']
`},
	{`Misc`, `from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap
import functools, copy
lru = functools.lru_cache
class A:
    @lru(maxsize=None)
    def m(self, x):
        return x * 2
a = A()
print(a.m(2), a.m(2), A.m.cache_info())
p = functools.partial(max, 1)
print(p)
print(repr(functools.partial(int, base=2)))
P = namedtuple("P", "x y")
print(P, P.x.__doc__ if hasattr(P.x, '__doc__') else None)
print(P.__doc__, P(1, 2).__class__.__mro__)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm)
dq = deque(range(5))
print(dq * 2, dq + deque([9]), dq[2])
print(copy.deepcopy(Counter("aab")), copy.copy(defaultdict(int, a=1)), copy.deepcopy(OrderedDict(a=[1])))
print(copy.deepcopy(P(1, [2])), copy.copy(deque([1, 2], 3)))
d = defaultdict(lambda: defaultdict(int))
d["x"]["y"] += 1
print(dict(d["x"]), d["x"]["y"])
c = Counter({"a": 2, "b": 2, "c": 3, "d": 1})
print(c.most_common(), list(c.elements()))
print(c)
x = Counter(a=1)
x["b"] = 0
print(x, x == Counter(a=1))
print(sorted(Counter("the cat the hat".split()).items()))
from functools import reduce
print(reduce(lambda a, b: a + b, range(5), 100))
print(functools.reduce.__name__, functools.partial.__name__)
import statistics
print(statistics.mean([True, False, True]), statistics.median([1, 2, 3, 4]))
print(statistics.variance([2.5, 3.25, 5.5, 11.25]), statistics.fmean([1, 2]))
print(statistics.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.mean([10**20, 1, 3]), statistics.mean([1.1, 2.2, 3.3]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [1, 2, 4]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [1.2, 2.1, 2.9, 4.2, 5.0]))
`, `4 4 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
functools.partial(<built-in function max>, 1)
functools.partial(<class 'int'>, base=2)
<class '__main__.P'> Alias for field number 0
P(x, y) (<class '__main__.P'>, <class 'tuple'>, <class 'object'>)
1 3 2 ['a', 'b'] ChainMap({'a': 1}, {'a': 2, 'b': 3})
deque([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]) deque([0, 1, 2, 3, 4, 9]) 2
Counter({'a': 2, 'b': 1}) defaultdict(<class 'int'>, {'a': 1}) OrderedDict([('a', [1])])
P(x=1, y=[2]) deque([1, 2], maxlen=3)
{'y': 1} 1
[('c', 3), ('a', 2), ('b', 2), ('d', 1)] ['a', 'a', 'b', 'b', 'c', 'c', 'c', 'd']
Counter({'c': 3, 'a': 2, 'b': 2, 'd': 1})
Counter({'a': 1, 'b': 0}) True
[('cat', 1), ('hat', 1), ('the', 2)]
110
reduce partial
0.6666666666666666 2.5
15.6875 1.5
3.0276503540974917 0.986893273527251
3.333333333333333e+19 2.2
0.9647638212377322 1.5
LinearRegression(slope=0.97, intercept=0.16999999999999993)
`},
	{`FuzzStatsTextwrap`, `import statistics as st
import textwrap
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
for trial in range(40):
    n = rnd() % 12 + 2
    if trial % 3 == 0:
        data = [rnd() % 1000 for _ in range(n)]
    elif trial % 3 == 1:
        data = [(rnd() % 100000) / 37.0 for _ in range(n)]
    else:
        data = [(rnd() % 1000) * 0.01 - 3 for _ in range(n)]
    print(st.mean(data), st.fmean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
    print(st.quantiles(data), st.quantiles(data, n=5, method='inclusive'), st.harmonic_mean([abs(x) + 1 for x in data]))
words = ["alpha", "be-ta", "gamma-delta-epsilon", "x", "--", "well-known", "a.", "Mr.", "end!", "tab\there", "self-evident-ly", "co-op", "1-2-3", "e-mail", "verylongwordwithoutanybreaksatall"]
for trial in range(40):
    n = rnd() % 20 + 1
    text = " ".join(words[rnd() % len(words)] for _ in range(n))
    w = rnd() % 25 + 5
    print(textwrap.wrap(text, w))
    print(textwrap.wrap(text, w, break_on_hyphens=False, drop_whitespace=False))
    print(textwrap.wrap(text, w, max_lines=2, placeholder=" ~"), textwrap.fill(text, w, fix_sentence_endings=True, break_long_words=False))
`, `407.8333333333333 407.8333333333333 277.0 83993.60606060606 289.8165041204625 76994.13888888889 277.47817732010725
[181.5, 277.0, 724.5] [180.8, 215.8, 399.4, 734.6] 246.60230886428647
1359.003003003003 1359.003003003003 1447.6216216216217 901296.6812352892 949.3664630875104 801152.6055424793 895.071285173689
[289.6081081081081, 1447.6216216216217, 2332.459459459459] [301.12432432432433, 1066.627027027027, 1823.1027027027026, 2322.87027027027] 572.9379447038493
4.576666666666667 4.576666666666667 4.5600000000000005 0.23543333333333322 0.48521472909767815 0.1569555555555555 0.39617616732402705
[4.1000000000000005, 4.5600000000000005, 5.07] [4.284000000000001, 4.468000000000001, 4.662000000000001, 4.8660000000000005] 5.548576758340121
465.54545454545456 465.54545454545456 456 97777.47272727273 312.69389621045167 88888.61157024793 298.1419319221098
[107.0, 456.0, 756.0] [107.0, 354.0, 734.0, 756.0] 10.606028635280104
1032.7837837837837 1032.7837837837837 1189.7027027027027 354573.6873630387 595.4609033035156 303920.30345403316 551.2896729071144
[435.3783783783784, 1189.7027027027027, 1578.972972972973] [535.0648648648648, 1036.1675675675676, 1200.3567567567566, 1504.67027027027] 454.9881459000888
1.5757142857142856 1.5757142857142856 1.2999999999999998 3.9996285714285715 1.9999071407014306 3.42825306122449 1.8515542285400366
[-0.18000000000000016, 1.2999999999999998, 3.7199999999999998] [-0.09000000000000012, 0.6819999999999999, 1.768, 3.3920000000000003] 2.081011124473836
244.8181818181818 244.8181818181818 286 31121.763636363637 176.4136152238926 28292.512396694216 168.2037823495483
[79.0, 286.0, 316.0] [79.0, 275.0, 290.0, 316.0] 101.10324407310789
1344.3667953667953 1344.3667953667953 1042.8918918918919 768133.1455702806 876.4320541663687 658399.8390602405 811.4184118321697
[863.2432432432432, 1042.8918918918919, 2277.837837837838] [880.0918918918918, 985.6486486486486, 1441.8756756756757, 2163.8432432432433] 226.0993800792773
2.3972727272727274 2.3972727272727274 2.54 4.166401818181819 2.041176576923667 3.787638016528926 1.9461855041410945
[1.1100000000000003, 2.54, 3.3200000000000003] [1.1100000000000003, 1.5700000000000003, 3.05, 3.3200000000000003] 2.982749478792876
609.5714285714286 609.5714285714286 670 106774.95238095238 326.7643682853937 91521.38775510204 302.52502004809793
[362.0, 670.0, 880.0] [364.6, 493.0, 784.6, 876.2] 384.53317434000047
1461.7258687258686 1461.7258687258688 1494.7567567567567 272400.7717137987 521.9202733308974 233486.37575468462 483.2042795285288
[917.5675675675676, 1494.7567567567567, 1655.2162162162163] [1015.2, 1441.3405405405406, 1589.945945945946, 1654.854054054054] 1293.890457294072
-0.7299999999999999 -0.7299999999999999 -1.1199999999999999 1.9773 1.4061649974309558 1.3182 1.1481289126226202
[-1.9, -1.1199999999999999, 0.8300000000000001] [-1.5879999999999999, -1.2759999999999998, -0.7299999999999999, 0.050000000000000086] 2.201069476869302
557.1818181818181 557.1818181818181 610 63633.763636363634 252.2573361398309 57848.87603305785 240.5179328720789
[416.0, 610.0, 791.0] [416.0, 446.0, 675.0, 791.0] 143.38847022855015
1446.003861003861 1446.003861003861 1721.945945945946 690359.9321715538 830.879011752947 591737.0847184747 769.2444895600323
[346.8918918918919, 1721.945945945946, 2134.6486486486488] [565.8972972972973, 1553.9297297297296, 1736.945945945946, 2057.1081081081084] 781.830566560683
1.7681818181818183 1.768181818181818 2.99 7.350736363636363 2.7112241448534578 6.682487603305785 2.5850507931771447
[-1.27, 2.99, 3.8600000000000003] [-1.27, 2.45, 3.2599999999999993, 3.8600000000000003] 3.0754350964288832
487 487.0 520 68677 262.06296953213365 45784.666666666664 213.97351861075396
[210.0, 520.0, 731.0] [334.0, 458.0, 562.2, 646.6] 373.8391123568536
1245.044226044226 1245.044226044226 1184.162162162162 493222.6971910486 702.2981540564155 448384.27017368056 669.6150163890297
[673.0, 1184.162162162162, 1637.027027027027] [673.0, 949.1621621621622, 1386.5675675675675, 1637.027027027027] 850.9208715440678
1.8671428571428572 1.8671428571428572 0.7600000000000002 7.6097238095238104 2.758572784887832 6.522620408163266 2.553942130934698
[0.3700000000000001, 0.7600000000000002, 4.390000000000001] [0.4400000000000001, 0.7360000000000002, 2.524, 4.252000000000001] 2.565624131822168
785.6666666666666 785.6666666666666 744 18858.333333333332 137.3256470340968 12572.222222222223 112.12592127702774
[674.0, 744.0, 939.0] [702.0, 730.0, 783.0, 861.0] 771.6856897982506
1591.2162162162163 1591.216216216216 2054.675675675676 1475837.146092038 1214.8403788531389 983891.4307280253 991.9130157065313
[212.86486486486487, 2054.675675675676, 2506.108108108108] [949.5891891891894, 1686.3135135135137, 2144.9621621621623, 2325.535135135135] 539.4544531108584
3.0154545454545456 3.0154545454545456 3.16 4.952627272727272 2.2254499034413855 4.502388429752066 2.121883227171577
[1.4400000000000004, 3.16, 4.1000000000000005] [1.4400000000000004, 2.54, 3.7400000000000007, 4.1000000000000005] 3.0399670047696015
534.1428571428571 534.1428571428571 470 110704.47619047618 332.72282186600336 94889.55102040817 308.0414761365881
[263.0, 470.0, 890.0] [290.4, 428.0, 613.4, 853.8] 224.27793889729742
1015.029484029484 1015.0294840294839 1003.1891891891892 406393.0221263032 637.4896251126784 369448.2019330029 607.8225085771363
[335.8918918918919, 1003.1891891891892, 1491.6756756756756] [335.8918918918919, 752.1891891891892, 1277.2702702702702, 1491.6756756756756] 619.5289659494022
3.1972727272727273 3.1972727272727273 3.7199999999999998 9.219841818181818 3.0364192428223444 8.38167438016529 2.8951121532965334
[1.6600000000000001, 3.7199999999999998, 5.630000000000001] [1.6600000000000001, 3.65, 5.4, 5.630000000000001] 4.54102032853154
327 327.0 229 75367 274.5305083228456 68515.45454545454 261.754569292409
[113.0, 229.0, 610.0] [113.0, 163.0, 288.0, 610.0] 160.64194989141976
1119.0982800982802 1119.0982800982802 1014.8378378378378 367454.91808220994 606.1805985696094 334049.9255292818 577.9705230626228
[825.8108108108108, 1014.8378378378378, 1638.6486486486488] [825.8108108108108, 900.4324324324323, 1027.972972972973, 1638.6486486486488] 709.0359479130118
2.31 2.31 2.83 2.3637000000000006 1.537432925366177 1.5758000000000003 1.2553087269671952
[0.5800000000000001, 2.83, 3.5200000000000005] [1.48, 2.38, 2.968, 3.2440000000000007] 2.6899872150429776
308.3333333333333 308.3333333333333 371 35706.333333333336 188.96119531092444 23804.222222222223 154.28616989938607
[96.0, 371.0, 458.0] [206.0, 316.0, 388.4, 423.2] 197.6792504624933
996.3976833976834 996.3976833976834 679.081081081081 620699.5363316985 787.8448681889719 532028.1739985987 729.4026144720066
[457.5135135135135, 679.081081081081, 1478.2432432432433] [492.9081081081081, 652.3243243243244, 869.4756756756757, 1381.8756756756757] 573.5589031208908
2.47 2.47 2.99 12.805299999999999 3.5784493848593133 8.536866666666667 2.921791687760554
[-1.3399999999999999, 2.99, 5.76] [0.3920000000000002, 2.124, 3.5439999999999996, 4.652] 3.632374682029029
471.85714285714283 471.85714285714283 467 59123.142857142855 243.15250946092013 50676.97959183674 225.11548056905534
[280.0, 467.0, 641.0] [300.6, 416.6, 520.4, 624.0] 329.87579674710963
1635.2063882063883 1635.2063882063883 1703.1351351351352 610790.2343714723 781.5306995707028 555263.8494286111 745.1602843876015
[1294.7567567567567, 1703.1351351351352, 2541.3783783783783] [1294.7567567567567, 1575.4324324324325, 1795.837837837838, 2541.3783783783783] 980.2218769982784
0.44428571428571434 0.44428571428571434 -0.41999999999999993 3.7073619047619046 1.925451091241194 3.177738775510204 1.7826213214000903
[-1.16, -0.41999999999999993, 2.74] [-1.0879999999999999, -0.6479999999999999, 0.1620000000000002, 2.3020000000000005] 2.1215161274067094
582.2727272727273 582.2727272727273 617 83404.81818181818 288.79892344296957 75822.56198347108 275.3589693172733
[334.0, 617.0, 852.0] [334.0, 424.0, 693.0, 852.0] 422.89483796080697
1476.945945945946 1476.945945945946 1047.8648648648648 621934.7706355006 788.6284109994393 414623.1804236671 643.9124012035077
[995.8918918918919, 1047.8648648648648, 2387.0810810810813] [1016.681081081081, 1037.4702702702702, 1315.708108108108, 1851.3945945945948] 1263.0112698441785
2.0518181818181818 2.0518181818181818 2.1100000000000003 8.181456363636364 2.860324520685785 7.437687603305786 2.7272124235757262
[-1.05, 2.1100000000000003, 4.4] [-1.05, 2.04, 2.67, 4.4] 3.3666932872992894
492.42857142857144 492.42857142857144 546 53414.95238095238 231.11675054169567 45784.244897959186 213.97253304562057
[228.0, 546.0, 656.0] [276.6, 501.0, 564.6, 640.2] 366.74908311427447
1219.3320463320463 1219.3320463320465 1387.027027027027 343057.8747782532 585.7114261974519 294049.6069527884 542.2634110400484
[683.972972972973, 1387.027027027027, 1656.837837837838] [698.2054054054054, 1007.891891891892, 1419.1675675675674, 1613.5891891891893] 966.9837108870659
-0.9557142857142856 -0.9557142857142856 -0.5 0.9497619047619048 0.9745572865470273 0.8140816326530613 0.9022647242650359
[-2.04, -0.5, -0.27] [-1.9780000000000002, -1.238, -0.42799999999999994, -0.292] 1.7698425855481994
257.6666666666667 257.6666666666667 200 22234.333333333332 149.11181486835085 14822.888888888889 121.74928701593652
[146.0, 200.0, 427.0] [167.6, 189.2, 245.4, 336.2] 212.55048153688423
['be-ta verylongwordwithouta', 'nybreaksatall']
['be-ta verylongwordwithouta', 'nybreaksatall']
['be-ta verylongwordwithouta', 'nybreaksatall'] be-ta
verylongwordwithoutanybreaksatall
['a. x tab', 'here end!', '1-2-3 x tab', 'here alpha', '-- gamma-', 'delta-', 'epsilon', 'well-known', 'alpha -- --', 'alpha Mr. a.', 'Mr.']
['a. x tab', '        here', ' end! 1-2-3 ', 'x tab   here', ' alpha -- ga', 'mma-delta-ep', 'silon ', 'well-known ', 'alpha -- -- ', 'alpha Mr. a.', ' Mr.']
['a. x tab', 'here end! ~'] a.  x tab
here end!
1-2-3 x tab
here alpha
-- gamma-
delta-
epsilon
well-known
alpha -- --
alpha Mr.
a.  Mr.
['be-ta -- end!', 'well-known Mr.', 'end! co-op co-op', 'a. 1-2-3']
['be-ta -- end! ', 'well-known Mr. ', 'end! co-op co-op ', 'a. 1-2-3']
['be-ta -- end!', 'well-known Mr. ~'] be-ta -- end!
well-known Mr.
end!  co-op co-op
a.  1-2-3
['x 1-2-3', 'e-mail end!', 'co-op x a.', 'well-known', 'a. end!']
['x 1-2-3 ', 'e-mail end!', ' co-op x a.', ' well-known', ' a. end!']
['x 1-2-3', 'e-mail ~'] x 1-2-3
e-mail end!
co-op x a.
well-known
a.  end!
['1-2-3 e-mail']
['1-2-3 e-mail']
['1-2-3 e-mail'] 1-2-3 e-mail
['a. end!', 'well-', 'known', 'tab', 'here --', 'Mr. Mr.', 'Mr.', 'well-', 'known', 'Mr.']
['a. end!', ' well-k', 'nown ', 'tab  ', 'here --', ' Mr. ', 'Mr. Mr.', ' well-k', 'nown ', 'Mr.']
['a. end!', 'well- ~'] a.
end!
well-
known
tab
here --
Mr.
Mr.
Mr.
well-
known
Mr.
['alpha end! tab', 'here a. be-ta', 'e-mail end! 1-2-3', 'x gamma-delta-', 'epsilon well-known', 'end! well-known', 'co-op e-mail end!', 'alpha e-mail']
['alpha end! tab  ', 'here a. be-ta ', 'e-mail end! 1-2-3 ', 'x gamma-delta-epsi', 'lon well-known ', 'end! well-known ', 'co-op e-mail end! ', 'alpha e-mail']
['alpha end! tab', 'here a. be-ta ~'] alpha end!  tab
here a.  be-ta
e-mail end!  1-2-3
x gamma-delta-
epsilon well-known
end!  well-known
co-op e-mail end!
alpha e-mail
['alpha end!', 'be-ta be-ta', 'well-known', '1-2-3 1-2-3', 'gamma-delta-', 'epsilon tab', 'here gamma-', 'delta-', 'epsilon']
['alpha end! ', 'be-ta be-ta ', 'well-known ', '1-2-3 1-2-3 ', 'gamma-delta-', 'epsilon tab', '   here gamm', 'a-delta-epsi', 'lon']
['alpha end!', 'be-ta be- ~'] alpha end!
be-ta be-ta
well-known
1-2-3 1-2-3
gamma-delta-
epsilon tab
here gamma-
delta-
epsilon
['1-2-3', 'alpha v', 'erylong', 'wordwit', 'houtany', 'breaksa', 'tall', 'end! ve', 'rylongw', 'ordwith', 'outanyb', 'reaksat', 'all', 'gamma-', 'delta-', 'epsilon', '1-2-3', 'Mr. ver', 'ylongwo', 'rdwitho', 'utanybr', 'eaksata', 'll x --', 'gamma-', 'delta-', 'epsilon', 'alpha', '1-2-3', 'co-op', 'gamma-', 'delta-', 'epsilon', '--', 'gamma-', 'delta-', 'epsilon']
['1-2-3 ', 'alpha v', 'erylong', 'wordwit', 'houtany', 'breaksa', 'tall ', 'end! ve', 'rylongw', 'ordwith', 'outanyb', 'reaksat', 'all gam', 'ma-delt', 'a-epsil', 'on ', '1-2-3 ', 'Mr. ver', 'ylongwo', 'rdwitho', 'utanybr', 'eaksata', 'll x --', ' gamma-', 'delta-e', 'psilon ', 'alpha ', '1-2-3 ', 'co-op g', 'amma-de', 'lta-eps', 'ilon --', ' gamma-', 'delta-e', 'psilon']
['1-2-3', 'alpha ~'] 1-2-3
alpha
verylongwordwithoutanybreaksatall
end!
verylongwordwithoutanybreaksatall
gamma-
delta-
epsilon
1-2-3
Mr.
verylongwordwithoutanybreaksatall
x --
gamma-
delta-
epsilon
alpha
1-2-3
co-op
gamma-
delta-
epsilon
--
gamma-
delta-
epsilon
['be-ta self-', 'evident-ly', 'gamma-delta-', 'epsilon 1-2-3', 'e-mail well-', 'known']
['be-ta self-evi', 'dent-ly gamma-', 'delta-epsilon ', '1-2-3 e-mail ', 'well-known']
['be-ta self-', 'evident-ly ~'] be-ta self-
evident-ly
gamma-delta-
epsilon 1-2-3
e-mail well-
known
['well-', 'known --', 'well-', 'known Mr.', 'x co-op']
['well-know', 'n -- well', '-known ', 'Mr. x ', 'co-op']
['well-', 'known ~'] well-
known --
well-
known Mr.
x co-op
['Mr. well-known gamma-delta-', 'epsilon verylongwordwithouta', 'nybreaksatall 1-2-3 co-op']
['Mr. well-known ', 'gamma-delta-epsilon verylong', 'wordwithoutanybreaksatall ', '1-2-3 co-op']
['Mr. well-known gamma-delta-', 'epsilon ~'] Mr.  well-known gamma-delta-
epsilon
verylongwordwithoutanybreaksatall
1-2-3 co-op
['tab     here x gamma-delta-', 'epsilon co-op gamma-delta-', 'epsilon co-op end! -- gamma-', 'delta-epsilon end! 1-2-3', 'well-known a. gamma-delta-', 'epsilon e-mail self-evident-', 'ly verylongwordwithoutanybrea', 'ksatall end!']
['tab     here x ', 'gamma-delta-epsilon co-op ', 'gamma-delta-epsilon co-op ', 'end! -- gamma-delta-epsilon ', 'end! 1-2-3 well-known a. ', 'gamma-delta-epsilon e-mail ', 'self-evident-ly verylongwordw', 'ithoutanybreaksatall end!']
['tab     here x gamma-delta-', 'epsilon co-op gamma-delta- ~'] tab     here x gamma-delta-
epsilon co-op gamma-delta-
epsilon co-op end!  -- gamma-
delta-epsilon end!  1-2-3
well-known a.  gamma-delta-
epsilon e-mail self-evident-
ly
verylongwordwithoutanybreaksatall
end!
['1-2-3', '-- --', '1-2-3', 'co-op v', 'erylong', 'wordwit', 'houtany', 'breaksa', 'tall']
['1-2-3 ', '-- -- ', '1-2-3 ', 'co-op v', 'erylong', 'wordwit', 'houtany', 'breaksa', 'tall']
['1-2-3', '-- -- ~'] 1-2-3
-- --
1-2-3
co-op
verylongwordwithoutanybreaksatall
['be-ta gamma-', 'delta-', 'epsilon a.', 'tab', 'here gamma-', 'delta-', 'epsilon co-', 'op verylongw', 'ordwithoutan', 'ybreaksatall', 'tab    here', 'gamma-delta-', 'epsilon -- v', 'erylongwordw', 'ithoutanybre', 'aksatall a.', 'x gamma-', 'delta-', 'epsilon']
['be-ta gamma-', 'delta-epsilo', 'n a. tab', '        here', ' gamma-delta', '-epsilon ', 'co-op verylo', 'ngwordwithou', 'tanybreaksat', 'all tab    ', 'here gamma-d', 'elta-epsilon', ' -- verylong', 'wordwithouta', 'nybreaksatal', 'l a. x gamma', '-delta-epsil', 'on']
['be-ta gamma-', 'delta- ~'] be-ta gamma-
delta-
epsilon a.
tab
here gamma-
delta-
epsilon co-
op
verylongwordwithoutanybreaksatall
tab    here
gamma-delta-
epsilon --
verylongwordwithoutanybreaksatall
a.  x gamma-
delta-
epsilon
['be-ta Mr. verylo', 'ngwordwithoutany', 'breaksatall', 'self-evident-ly', 'be-ta a. be-ta', 'Mr. gamma-delta-', 'epsilon well-', 'known end! --', 'end! well-known']
['be-ta Mr. verylo', 'ngwordwithoutany', 'breaksatall ', 'self-evident-ly ', 'be-ta a. be-ta ', 'Mr. gamma-delta-', 'epsilon ', 'well-known end! ', '-- end! ', 'well-known']
['be-ta Mr. verylo', '~'] be-ta Mr.
verylongwordwithoutanybreaksatall
self-evident-ly
be-ta a.  be-ta
Mr.  gamma-
delta-epsilon
well-known end!
-- end!  well-
known
['self-evident-ly alpha', 'a. tab    here Mr. be-', 'ta tab      here x', 'well-known be-ta']
['self-evident-ly alpha ', 'a. tab    here Mr. ', 'be-ta tab      here x ', 'well-known be-ta']
['self-evident-ly alpha', 'a. tab    here Mr. ~'] self-evident-ly alpha
a.  tab    here Mr.
be-ta tab      here x
well-known be-ta
['a. x 1-2-3 Mr. alpha', 'gamma-delta-epsilon']
['a. x 1-2-3 Mr. alpha ', 'gamma-delta-epsilon']
['a. x 1-2-3 Mr. alpha', 'gamma-delta-epsilon'] a.  x 1-2-3 Mr.  alpha
gamma-delta-epsilon
['x x']
['x x']
['x x'] x x
['well-known x gamma-', 'delta-epsilon veryl', 'ongwordwithoutanybr', 'eaksatall verylongw', 'ordwithoutanybreaks', 'atall 1-2-3 e-mail', 'co-op end! a.', 'e-mail e-mail co-op', 'x well-known 1-2-3 ', 'verylongwordwithout', 'anybreaksatall very', 'longwordwithoutanyb', 'reaksatall']
['well-known x ', 'gamma-delta-epsilon', ' verylongwordwithou', 'tanybreaksatall ver', 'ylongwordwithoutany', 'breaksatall 1-2-3 ', 'e-mail co-op end! ', 'a. e-mail e-mail ', 'co-op x well-known ', '1-2-3 verylongwordw', 'ithoutanybreaksatal', 'l verylongwordwitho', 'utanybreaksatall']
['well-known x gamma-', 'delta-epsilon ~'] well-known x gamma-
delta-epsilon
verylongwordwithoutanybreaksatall
verylongwordwithoutanybreaksatall
1-2-3 e-mail co-op
end!  a.  e-mail
e-mail co-op x
well-known 1-2-3
verylongwordwithoutanybreaksatall
verylongwordwithoutanybreaksatall
['-- Mr.']
['-- Mr.']
['-- Mr.'] -- Mr.
['verylongwordwithoutanybre', 'aksatall gamma-delta-', 'epsilon x Mr. be-ta', 'gamma-delta-epsilon be-ta', 'be-ta end! well-known', 'alpha self-evident-ly', 'e-mail a. x gamma-delta-', 'epsilon gamma-delta-', 'epsilon self-evident-ly']
['verylongwordwithoutanybre', 'aksatall ', 'gamma-delta-epsilon x Mr.', ' be-ta ', 'gamma-delta-epsilon be-ta', ' be-ta end! well-known ', 'alpha self-evident-ly ', 'e-mail a. x ', 'gamma-delta-epsilon ', 'gamma-delta-epsilon ', 'self-evident-ly']
['verylongwordwithoutanybre', 'aksatall gamma-delta- ~'] verylongwordwithoutanybreaksatall
gamma-delta-epsilon x Mr.
be-ta gamma-delta-epsilon
be-ta be-ta end!  well-
known alpha self-evident-
ly e-mail a.  x gamma-
delta-epsilon gamma-
delta-epsilon self-
evident-ly
['-- alpha', 'alpha', 'e-mail be-', 'ta well-', 'known', 'alpha', 'self-', 'evident-ly', 'tab', 'here veryl', 'ongwordwit', 'houtanybre', 'aksatall']
['-- alpha ', 'alpha ', 'e-mail ', 'be-ta ', 'well-known', ' alpha sel', 'f-evident-', 'ly tab', '        ', 'here veryl', 'ongwordwit', 'houtanybre', 'aksatall']
['-- alpha', 'alpha ~'] -- alpha
alpha
e-mail be-
ta well-
known
alpha
self-
evident-ly
tab
here
verylongwordwithoutanybreaksatall
['gamma-delta-', 'epsilon alpha --', 'well-known -- --']
['gamma-delta-epsil', 'on alpha -- ', 'well-known -- --']
['gamma-delta-', 'epsilon alpha ~'] gamma-delta-
epsilon alpha --
well-known -- --
['verylongwordwithoutanyb', 'reaksatall x verylongwo', 'rdwithoutanybreaksatall', 'well-known end! tab', 'here 1-2-3 e-mail end!', 'tab      here']
['verylongwordwithoutanyb', 'reaksatall x verylongwo', 'rdwithoutanybreaksatall', ' well-known end! tab', '       here 1-2-3 ', 'e-mail end! tab      ', 'here']
['verylongwordwithoutanyb', 'reaksatall x ~'] verylongwordwithoutanybreaksatall
x
verylongwordwithoutanybreaksatall
well-known end!  tab
here 1-2-3 e-mail end!
tab      here
['e-mail x gamma-', 'delta-epsilon end!', 'alpha e-mail Mr.', 'end! alpha alpha --', 'co-op a. verylongwo', 'rdwithoutanybreaksa', 'tall a. co-op', 'gamma-delta-epsilon', 'end!']
['e-mail x ', 'gamma-delta-epsilon', ' end! alpha e-mail ', 'Mr. end! alpha ', 'alpha -- co-op a. v', 'erylongwordwithouta', 'nybreaksatall a. ', 'co-op ', 'gamma-delta-epsilon', ' end!']
['e-mail x gamma-', 'delta-epsilon ~'] e-mail x gamma-
delta-epsilon end!
alpha e-mail Mr.
end!  alpha alpha
-- co-op a.
verylongwordwithoutanybreaksatall
a.  co-op gamma-
delta-epsilon end!
['well-known', 'Mr. self-', 'evident-ly', 'co-op a. co-', 'op self-', 'evident-ly', 'co-op 1-2-3 x']
['well-known ', 'Mr. self-evid', 'ent-ly co-op ', 'a. co-op self', '-evident-ly ', 'co-op 1-2-3 x']
['well-known', 'Mr. self- ~'] well-known
Mr.  self-
evident-ly
co-op a.  co-
op self-
evident-ly
co-op 1-2-3 x
['Mr. Mr. e-mail -- Mr. co-op']
['Mr. Mr. e-mail -- Mr. co-op']
['Mr. Mr. e-mail -- Mr. co-op'] Mr.  Mr.  e-mail -- Mr.  co-
op
['well-known a.', 'x Mr. be-ta', 'self-evident-', 'ly tab   here', 'self-evident-', 'ly well-known', 'self-evident-', 'ly']
['well-known a. ', 'x Mr. be-ta se', 'lf-evident-ly ', 'tab   here sel', 'f-evident-ly ', 'well-known sel', 'f-evident-ly']
['well-known a.', 'x Mr. be-ta ~'] well-known a.
x Mr.  be-ta
self-evident-
ly tab   here
self-evident-
ly well-known
self-evident-
ly
['alpha a.']
['alpha a.']
['alpha a.'] alpha a.
['1-2-3 alpha verylongwo', 'rdwithoutanybreaksatal', 'l 1-2-3 end! be-ta']
['1-2-3 alpha verylongwo', 'rdwithoutanybreaksatal', 'l 1-2-3 end! be-ta']
['1-2-3 alpha verylongwo', '~'] 1-2-3 alpha
verylongwordwithoutanybreaksatall
1-2-3 end!  be-ta
['verylongw', 'ordwithou', 'tanybreak', 'satall', 'self-', 'evident-', 'ly tab', 'here co-', 'op well-', 'known co-', 'op Mr. a.', 'well-', 'known', '1-2-3 a.', 'x be-ta', 'tab', 'here']
['verylongw', 'ordwithou', 'tanybreak', 'satall se', 'lf-eviden', 't-ly tab', '   here ', 'co-op wel', 'l-known ', 'co-op Mr.', ' a. well-', 'known ', '1-2-3 a. ', 'x be-ta ', 'tab      ', 'here']
['verylongw', '~'] verylongwordwithoutanybreaksatall
self-
evident-
ly tab
here co-
op well-
known co-
op Mr.
a.  well-
known
1-2-3 a.
x be-ta
tab
here
['well-known well-known']
['well-known well-known']
['well-known well-known'] well-known well-known
['1-2-3 well-known self-', 'evident-ly verylongword', 'withoutanybreaksatall', '1-2-3 a.']
['1-2-3 well-known ', 'self-evident-ly verylon', 'gwordwithoutanybreaksat', 'all 1-2-3 a.']
['1-2-3 well-known self-', 'evident-ly ~'] 1-2-3 well-known self-
evident-ly
verylongwordwithoutanybreaksatall
1-2-3 a.
['verylongw', 'ordwithou', 'tanybreak', 'satall', 'e-mail', 'Mr.', 'e-mail', '1-2-3 x', 'e-mail', 'well-', 'known Mr.', 'co-op', 'gamma-', 'delta-', 'epsilon', 'Mr. Mr.', 'tab here', 'alpha --', 'well-', 'known --']
['verylongw', 'ordwithou', 'tanybreak', 'satall ', 'e-mail ', 'Mr. ', 'e-mail ', '1-2-3 x ', 'e-mail we', 'll-known ', 'Mr. co-op', ' gamma-de', 'lta-epsil', 'on Mr. ', 'Mr. tab ', 'here ', 'alpha -- ', 'well-know', 'n --']
['verylongw', '~'] verylongwordwithoutanybreaksatall
e-mail
Mr.
e-mail
1-2-3 x
e-mail
well-
known Mr.
co-op
gamma-
delta-
epsilon
Mr.  Mr.
tab here
alpha --
well-
known --
['e-mail end! self-', 'evident-ly end!', 'gamma-delta-epsilon x', 'alpha well-known', '1-2-3 well-known', 'alpha -- x verylongwo', 'rdwithoutanybreaksata', 'll a. Mr. end! self-', 'evident-ly']
['e-mail end! ', 'self-evident-ly end! ', 'gamma-delta-epsilon x', ' alpha well-known ', '1-2-3 well-known ', 'alpha -- x verylongwo', 'rdwithoutanybreaksata', 'll a. Mr. end! ', 'self-evident-ly']
['e-mail end! self-', 'evident-ly end! ~'] e-mail end!  self-
evident-ly end!
gamma-delta-epsilon x
alpha well-known
1-2-3 well-known
alpha -- x
verylongwordwithoutanybreaksatall
a.  Mr.  end!  self-
evident-ly
['-- -- a.', 'gamma-', 'delta-', 'epsilon', 'end! self-', 'evident-ly']
['-- -- a. g', 'amma-delta', '-epsilon ', 'end! self-', 'evident-ly']
['-- -- a.', 'gamma- ~'] -- -- a.
gamma-
delta-
epsilon
end!
self-
evident-ly
['e-mail co-op', 'well-known', '1-2-3 alpha', 'be-ta']
['e-mail co-op', ' well-known ', '1-2-3 alpha ', 'be-ta']
['e-mail co-op', 'well-known ~'] e-mail co-op
well-known
1-2-3 alpha
be-ta
['verylon', 'gwordwi', 'thoutan', 'ybreaks', 'atall', 'gamma-', 'delta-', 'epsilon', '1-2-3', 'tab', 'here', 'Mr. tab', 'here', 'Mr. ver', 'ylongwo', 'rdwitho', 'utanybr', 'eaksata', 'll', 'gamma-', 'delta-', 'epsilon', 'self-ev', 'ident-', 'ly']
['verylon', 'gwordwi', 'thoutan', 'ybreaks', 'atall g', 'amma-de', 'lta-eps', 'ilon ', '1-2-3 ', 'tab ', 'here ', 'Mr. tab', '    ', 'here ', 'Mr. ver', 'ylongwo', 'rdwitho', 'utanybr', 'eaksata', 'll gamm', 'a-delta', '-epsilo', 'n self-', 'evident', '-ly']
['verylon', '~'] verylongwordwithoutanybreaksatall
gamma-
delta-
epsilon
1-2-3
tab
here
Mr.
tab
here
Mr.
verylongwordwithoutanybreaksatall
gamma-
delta-
epsilon
self-
evident-
ly
['1-2-3 self-', 'evident-ly', 'end! gamma-', 'delta-', 'epsilon x', 'alpha', 'gamma-', 'delta-', 'epsilon Mr.', 'be-ta self-', 'evident-ly']
['1-2-3 self-', 'evident-ly ', 'end! gamma-', 'delta-epsil', 'on x alpha ', 'gamma-delta', '-epsilon ', 'Mr. be-ta s', 'elf-evident', '-ly']
['1-2-3 self-', 'evident- ~'] 1-2-3 self-
evident-ly
end!
gamma-
delta-
epsilon x
alpha
gamma-
delta-
epsilon Mr.
be-ta self-
evident-ly
`},
	{`HeapqBisect`, `import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
l = [9, 4, 7, 1, 8, 2]
heapq.heapify(l)
print(l, heapq.heappushpop(l, 3), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(2, ["aa", "b", "ccc", "dd"], key=len), heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a")]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks) for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
`, `[2, 3, 7, 5, 9, 8] 1 [2, 3, 7, 5, 9, 8]
[3, 4, 7, 9, 8, 10] 1 2 [3, 4, 7, 9, 8, 10]
[9, 7, 4] [1, 2]
['ccc', 'aa'] [(1, 'a'), (1, 'z'), (2, 'b')]
[1, 2, 3, 4, 5, 6, 7, 8] [4, 3, 2, 1]
['a', 'bb', 'ccc']
[(1, 'plan'), (2, 'write'), (3, 'test')]
2 4 4 0
[1, 2, 3, 4, 4, 4, 8] 1
['F', 'A', 'C', 'C', 'B', 'A', 'A']
`},
	{`CopyExtra`, `import copy
class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
s = S(1, [2])
t = copy.deepcopy(s)
print(t.a, t.b, t.b is s.b)
class L(list):
    pass
l = L([1, [2]])
l.tag = "x"
m = copy.deepcopy(l)
print(type(m).__name__, m, m[1] is l[1], m.tag)
class D(dict):
    pass
d = D(a=[1])
e = copy.copy(d)
print(type(e).__name__, e, e["a"] is d["a"])
class G:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, st):
        self.v = st["v"] + 1
print(copy.copy(G(1)).v, copy.deepcopy(G(2)).v)
import functools
print(copy.deepcopy(functools.partial(max, [1]))([0]))
print(copy.deepcopy({1: (1, 2), (3, 4): [5]}))
class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
c = copy.deepcopy(n1)
print(c.val, c.next.val, c.next.next is c, c is n1)
`, `1 [2] False
L [1, [2]] False x
D {'a': [1]} True
11 21
[1]
{1: (1, 2), (3, 4): [5]}
1 2 True False
`},
	{`Contextlib`, `from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    {}["k"]
print("after")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print(v)
class R:
    def close(self):
        print("closed")
with closing(R()):
    pass
with ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(tag("x"))
    st.callback(print, "cb2")
@tag("deco")
def f():
    print("body")
f()
@contextmanager
def bad():
    raise KeyError("setup")
    yield
try:
    with bad():
        pass
except KeyError as e:
    print("caught", repr(e), e.__context__)
@contextmanager
def empty():
    if False:
        yield
try:
    with empty():
        pass
except RuntimeError as e:
    print(e)
for i in range(3):
    with bad() if False else empty() if False else __import__("contextlib").nullcontext(i) as v:
        print(v)
`, `<b>
inside B
</b>
<i>
</i>
caught boom
swallowed 'k'
after
suppressed
5
closed
<x>
cb2
</x>
cb1
<deco>
body
</deco>
caught KeyError('setup') None
generator didn't yield
0
1
2
`},
	{`ModuleReprs`, `import collections, functools, string, statistics
print(collections.Counter, collections.deque, collections.defaultdict, string.Template)
print(type(collections.OrderedDict()), statistics.StatisticsError)
P = collections.namedtuple("P", "a")
print(P(1), P)
print(functools.partial)
from collections import *
print(deque([1]))
try:
    statistics.mean([])
except ValueError as e:
    print(type(e), e)
`, `<class 'collections.Counter'> <class 'collections.deque'> <class 'collections.defaultdict'> <class 'string.Template'>
<class 'collections.OrderedDict'> <class 'statistics.StatisticsError'>
P(a=1) <class '__main__.P'>
<class 'functools.partial'>
deque([1])
<class 'statistics.StatisticsError'> mean requires at least one data point
`},
}
