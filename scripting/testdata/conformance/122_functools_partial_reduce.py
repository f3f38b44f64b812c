from functools import partial, reduce
import operator
def scale(x, factor, offset=0.0):
    return x * factor + offset
c_to_f = partial(scale, factor=9 / 5, offset=32)
km_to_mi = partial(scale, factor=0.621371)
print([c_to_f(c) for c in (-40, 0, 37, 100)])
print([round(km_to_mi(k), 4) for k in (1, 5, 42.195)])
print(c_to_f.func.__name__, sorted(c_to_f.keywords.items()), c_to_f.args)
p = partial(partial(scale, 2), 3)
print(p(), p(offset=1), p.args)
print(reduce(operator.add, range(1, 11)), reduce(operator.mul, range(1, 11)))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(operator.and_, [{1, 2, 3}, {2, 3}, {3, 5}]))
compose2 = lambda f, g: lambda x: f(g(x))
pipeline = reduce(compose2, [str, abs, lambda v: v - 10, int])
print(pipeline("3"), repr(pipeline("25")))
def gcd_all_pair(a, b):
    while b:
        a, b = b, a % b
    return a
print(reduce(gcd_all_pair, [48, 180, 36, 12]), reduce(gcd_all_pair, [17, 34]))
print(reduce(max, [3, 8, 1], 0), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(list(map(partial(pow, 2), range(6))), list(map(partial(int, base=16), ["a", "ff"])))
class Logger:
    def log(self, level, msg):
        return "[%s] %s" % (level, msg)
lg = Logger()
warn = partial(lg.log, "WARN")
print(warn("disk low"), warn(msg="cpu hot"))
print(reduce(lambda s, c: c + s, "stressed"), reduce(operator.concat, [[1], [2], [3]]))
