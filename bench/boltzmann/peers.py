"""scikit-learn BernoulliRBM and PyTorch (CPU) on the same work as
lib/boltzmann's benchmarks: one CD-1/PCD-1 epoch on 10,000 x 784 binary rows
with 500 hidden units and batch 100, and one Gibbs step v->h->v of 100 chains.
Prints one line per measurement: name seconds."""
import sys
import time

import numpy as np

rng = np.random.default_rng(1)
rate = 0.6 * rng.random(784)
X = (rng.random((10000, 784)) < rate).astype(np.float64)


def best(fn, runs=3):
    t = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        t.append(time.perf_counter() - t0)
    return min(t)


try:
    from sklearn.neural_network import BernoulliRBM

    def sk_epoch():
        BernoulliRBM(n_components=500, batch_size=100, n_iter=1, learning_rate=0.01, random_state=0).fit(X)

    print("sklearn_epoch", best(sk_epoch))
    rbm = BernoulliRBM(n_components=500, batch_size=100, n_iter=1, random_state=0).fit(X[:200])
    V = X[:100].copy()

    def sk_gibbs():
        for _ in range(20):
            rbm.gibbs(V)

    print("sklearn_gibbs", best(sk_gibbs) / 20)
except ImportError as e:
    print("sklearn_missing", 0, file=sys.stderr)

try:
    import torch

    torch.manual_seed(0)
    Xt = torch.tensor(X, dtype=torch.float32)
    W = torch.randn(784, 500) * 0.01
    a = torch.zeros(784)
    b = torch.zeros(500)

    def torch_epoch():
        nonlocal_W = W
        for i in range(0, 10000, 100):
            v0 = Xt[i:i + 100]
            ph0 = torch.sigmoid(v0 @ nonlocal_W + b)
            h0 = torch.bernoulli(ph0)
            pv1 = torch.sigmoid(h0 @ nonlocal_W.T + a)
            v1 = torch.bernoulli(pv1)
            ph1 = torch.sigmoid(v1 @ nonlocal_W + b)
            nonlocal_W += 0.01 * (v0.T @ ph0 - v1.T @ ph1) / 100

    with torch.no_grad():
        print("torch_epoch", best(torch_epoch))
        V = Xt[:100].clone()

        def torch_gibbs():
            for _ in range(20):
                h = torch.bernoulli(torch.sigmoid(V @ W + b))
                torch.bernoulli(torch.sigmoid(h @ W.T + a))

        print("torch_gibbs", best(torch_gibbs) / 20)
except ImportError:
    print("torch_missing", 0, file=sys.stderr)
