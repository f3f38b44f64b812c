def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally for", a, b)
print(divide(1, 2))
print(divide(1, 0))
tests = [
    lambda: 1 // 0,
    lambda: 5 % 0,
    lambda: int("x"),
    lambda: int("3.5"),
    lambda: float("abc"),
    lambda: [1][5],
    lambda: (1, 2)[-3],
    lambda: {"a": 1}["b"],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: None.attr,
    lambda: undefined_name,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: len(5),
    lambda: "x" * "y",
    lambda: [1, 2, 3][1:2:0],
    lambda: {}[[1]],
    lambda: 1.5 // 0.0,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    raise ValueError("custom", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
