import lumen as np
# energy of every state of a 3-spin Boltzmann machine, its distribution and marginals
W = np.array([[0., 0.5, -0.3], [0.5, 0., 0.8], [-0.3, 0.8, 0.]])
b = np.array([0.1, -0.2, 0.05])
states = np.array([[1 if (k >> (2 - i)) & 1 else -1 for i in range(3)] for k in range(8)], dtype=float)
E = -0.5 * (states.dot(W) * states).sum(axis=1) - states.dot(b)
p = np.exp(-E)
p = p / p.sum()
print(repr(E), repr(p), repr(p.dot(states)), repr(states.T.dot(states * p.reshape(-1, 1))))
# standardise a batch, a softmax and a one-hot
x = np.arange(12.).reshape(4, 3) ** 1.5
z = (x - x.mean(axis=0)) / x.std(axis=0)
s = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
print(repr(z), repr(s), repr(s.argmax(axis=1)), repr((s.argmax(axis=1).reshape(-1, 1) == np.arange(3)) * 1.0))
# integer arrays
i = np.arange(10)
print(repr(i[i % 3 == 0] * 2), repr(i.reshape(2, 5).sum(axis=1)), repr(i // 4), repr(i.mean()), i.dtype, (i * 1.0).dtype)
print(repr((i > 2) & (i < 7)), repr((i < 2) | (i > 7)), repr(~(i > 4)))
