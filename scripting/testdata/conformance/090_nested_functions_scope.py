def make_ops():
    ops = []
    for name, k in [("double", 2), ("triple", 3)]:
        def op(x, k=k):
            return x * k
        op.__name__ = name
        ops.append(op)
    return ops
for op in make_ops():
    print(op.__name__, op(7))
def counter_factory(start=0, step=1):
    state = {"n": start}
    def nxt():
        v = state["n"]
        state["n"] += step
        return v
    def peek():
        return state["n"]
    return nxt, peek
nxt, peek = counter_factory(10, 5)
print(nxt(), nxt(), nxt(), peek())
def outer():
    results = []
    def helper(v):
        results.append(v * v)
    for i in range(4):
        helper(i)
    return results
print(outer())
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
def fibgen_factory():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = fibgen_factory()
print(fib(90), len(memo))
x = "global"
def scope_test():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner()
print(scope_test())
def default_eval():
    vals = []
    for i in range(3):
        vals.append(lambda i=i: i * 10)
    return [f() for f in vals]
print(default_eval())
def recursive_inner(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(recursive_inner(12))
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(v) for v in range(5)]
print(gen_closure())
print(outer.__name__, make_ops.__name__, (lambda: 0).__name__)
