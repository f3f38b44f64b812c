five, text, nothing = 5, "s", None
cases = [
    ("int + str", lambda: 1 + "a"),
    ("str - int", lambda: "a" - 1),
    ("list * float", lambda: [1] * 2.5),
    ("float / 0", lambda: 1.0 / 0),
    ("int / 0", lambda: 1 / 0),
    ("int % 0", lambda: 1 % 0),
    ("divmod 0", lambda: divmod(1, 0)),
    ("list index", lambda: [1, 2, 3][3]),
    ("str index", lambda: "abc"[5]),
    ("tuple index", lambda: ()[0]),
    ("dict key", lambda: {"a": 1}["b"]),
    ("dict int key", lambda: {1: 2}[3]),
    ("tuple key", lambda: {}[(1, 2)]),
    ("attr", lambda: (5).foo),
    ("str attr", lambda: "x".bar),
    ("list attr", lambda: [].push),
    ("not callable", lambda: five()),
    ("str not callable", lambda: text()),
    ("not subscriptable", lambda: five[0]),
    ("none subscript", lambda: nothing[0]),
    ("int iter", lambda: [x for x in 5]),
    ("unpack few", lambda: [a for a, b in [(1,)]]),
    ("int()", lambda: int("4.0")),
    ("int base16", lambda: int("xyz", 16)),
    ("float()", lambda: float("one")),
    ("str assign", lambda: "abc".__setitem__(0, "x")),
    ("list.index", lambda: [1, 2].index(3)),
    ("tuple.index", lambda: (1, 2).index(3)),
    ("str.index", lambda: "abc".index("d")),
    ("name", lambda: some_undefined_variable),
    ("len none", lambda: len(None)),
    ("compare", lambda: 1 < "a"),
    ("compare list", lambda: [1] < (1,)),
    ("neg str", lambda: -"a"),
    ("bad unhashable set", lambda: {[]}),
    ("dict from list", lambda: dict([1, 2])),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print("%-18s %s: %s" % (label, type(e).__name__, e))
class Foo:
    pass
try:
    Foo().bar
except AttributeError as e:
    print(e)
try:
    Foo.baz
except AttributeError as e:
    print(e)
def f(a, b):
    pass
try:
    f(1)
except TypeError as e:
    print(e)
