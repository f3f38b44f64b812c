import math
class RunningStats:
    """Welford's online algorithm."""
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.min = math.inf
        self.max = -math.inf
    def push(self, x):
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)
        self.min = min(self.min, x)
        self.max = max(self.max, x)
        return self
    @property
    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0
    @property
    def std(self):
        return math.sqrt(self.variance)
    def __len__(self):
        return self.n
    def __repr__(self):
        return "RunningStats(n=%d, mean=%.6g, std=%.6g, min=%g, max=%g)" % (self.n, self.mean, self.std, self.min, self.max)
    def __iadd__(self, x):
        return self.push(x)

rs = RunningStats()
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    rs += v
    print("%d %.4f %.4f" % (len(rs), rs.mean, rs.variance))
print(rs)
class EMA:
    def __init__(self, alpha):
        self.alpha = alpha
        self.value = None
    def __call__(self, x):
        self.value = x if self.value is None else self.alpha * x + (1 - self.alpha) * self.value
        return self.value
ema = EMA(0.3)
print([round(ema(x), 5) for x in [10, 12, 11, 15, 9, 10, 30]])
class Window:
    def __init__(self, k):
        self.k, self.buf, self.total = k, [], 0.0
    def add(self, x):
        self.buf.append(x)
        self.total += x
        if len(self.buf) > self.k:
            self.total -= self.buf.pop(0)
        return self.total / len(self.buf)
w = Window(3)
print([w.add(x) for x in [1, 2, 3, 4, 5, 6]])
empty = RunningStats()
print(empty.variance, len(empty), empty.min)
