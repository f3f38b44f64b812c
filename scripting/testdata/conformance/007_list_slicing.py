a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[-1], a[-10])
b = a[:]
b[2:5] = ["x", "y"]
print(b, len(b))
b[::2] = [0] * len(b[::2])
print(b)
del b[1:3]
print(b)
c = [1, 2, 3]
c[1:1] = [9, 9]
print(c)
c[len(c):] = [7]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    print(c[99])
except IndexError as e:
    print("IndexError:", e)
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[-2:], type(t[1:3]).__name__)
s = "abcdefgh"
print(s[1:-1], s[::3], s[-1::-2])
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in nested], nested[1][::-1], nested[::-1][0])
print([row[i] for i, row in enumerate(nested)])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, a[sl])
print(slice(None, None, -1), a[slice(None, None, -1)][:3])
print(slice(2, 20).indices(10), slice(None, None, -1).indices(5))
x = [3, 1, 2]
x += [4]
x *= 2
print(x, x.index(2), x.count(3))
