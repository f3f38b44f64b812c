import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i * i
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print("total", total)
print("time advances", t1 - t0 >= 0)
print("perf_counter advances", p1 - p0 >= 0)
print("monotonic advances", m1 - m0 >= 0)
print("time is float", isinstance(t0, float), t0 > 1.6e9)
print("perf is float", isinstance(p0, float))
time.sleep(0.01)
p2 = time.perf_counter()
print("slept at least 5ms", p2 - p1 >= 0.005)
ns = time.time_ns()
print("ns is int", isinstance(ns, int), ns > 10 ** 18)
def timed(fn, *a):
    s = time.perf_counter()
    r = fn(*a)
    return r, time.perf_counter() - s
res, dt = timed(sum, range(1000))
print("timed result", res, dt >= 0)
elapsed = [timed(pow, 2, k)[1] >= 0 for k in range(5)]
print(elapsed)
print(time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)))
print(time.gmtime(1700000000)[:6])
