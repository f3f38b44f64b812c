import lumen as np
a = np.array([[3., -1., 4., 1.], [5., 9., -2., 6.], [5., 3., 5., -8.]])
for ax in (None, 0, 1):
    print(ax, repr(a.sum(axis=ax)), repr(a.mean(axis=ax)), repr(a.min(axis=ax)), repr(a.max(axis=ax)))
    print(ax, repr(a.std(axis=ax)), repr(a.var(axis=ax)), repr(a.argmin(axis=ax)), repr(a.argmax(axis=ax)))
print(repr(a.sum(axis=0, keepdims=True)), repr(a.max(axis=1, keepdims=True)))
print(repr(a.cumsum()), repr(a.cumsum(axis=0)), repr(a.cumsum(axis=1)))
print(repr(np.sum(a)), repr(np.mean(a, axis=0)), repr(np.std(a, axis=1)))
b = a > 0
print(repr(b.any()), repr(b.all()), repr(b.any(axis=1)), repr(b.all(axis=0)), repr(b.sum(axis=0)))
c = np.arange(24.).reshape(2, 3, 4)
print(repr(c.sum(axis=1)), repr(c.mean(axis=-1)), repr(c.max(axis=0)))
