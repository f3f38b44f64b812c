def classify(t):
    if t < 0:
        return "ice"
    elif 0 <= t < 100:
        return "water"
    else:
        return "steam"
print([classify(t) for t in (-5, 0, 50, 99.9, 100, 250)])
x = 5
print(1 < x < 10, 1 < x < 3, x == 5 == 5.0, 0 < x != 4, 10 > x > 2 > 1)
print(1 < 2 > 0, 3 > 2 < 5, 1 == 1 != 2, (1 < 2) < 3, 1 < (2 < 3))
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a == b is not None, None is None is None)
print("a" < "b" < "c" < "d", "b" < "a" < "c", 1 <= 1 <= 1, 2 >= 2 > 1)
print(1 in [1, 2] in [[1, 2], [3]], 3 not in [1, 2] not in [[3]])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3) < v(0) < v(9), calls)
calls.clear()
print(v(5) > v(6) > v(7), calls)
lo, hi = 10, 20
vals = [5, 10, 15, 20, 25]
print([lo <= val <= hi for val in vals], [lo < val < hi for val in vals])
print(sorted(v for v in vals if not lo < v < hi))
print(0 == False, 1 == True, 2 == True, "" == False, [] == False, None == False)
print(0.1 + 0.2 > 0.3 > 0.2, float("nan") < 1 or float("nan") >= 1)
print((1, 2) < (1, 2, 3) < (1, 3), [2] > [1, 9] > [1])
print(max(1, 2) < min(5, 6) <= 5, abs(-3) == 3 < 4)
def between(v, lo=0, hi=1):
    return lo <= v <= hi
print([between(v) for v in (-0.1, 0, 0.5, 1, 1.1)], between(5, 1, 10))
