import lumen as np
a = np.arange(30.).reshape(5, 6)
print(repr(a[1]), repr(a[-1, -2]), repr(a[::2, 1::2]), repr(a[::-1, 0]))
print(repr(a[1:4, [0, 5]]), repr(a[[4, 0, 2]]), repr(a[a % 7 == 0]))
print(repr(a[:, 2:3].shape), repr(a[2, ...] if False else a[2, :]))
m = a > 20
print(repr(m.sum()), repr(m.any(axis=0)), repr(m.all(axis=1)))
b = a.copy()
b[b > 25] = 0
b[0] = -1
b[1:3, 1:3] = np.array([[7, 8], [9, 10]])
b[:, -1] += 100
b[[3, 4], [0, 1]] = 55
print(repr(b))
v = a[1:3]
v[:, 0] = 999
print(repr(a[:4, 0]))
print(len(a), [float(x) for x in a[0][:3]], a[2].tolist(), a[:2, :2].tolist())
for row in a[:2, :3]:
    print(repr(row))
