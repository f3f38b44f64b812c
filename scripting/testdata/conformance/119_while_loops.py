n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
def digits(x):
    out = []
    while x:
        x, d = divmod(x, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(90210), digits(0), digits(7))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(v) for v in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]])
a, b = 0, 1
fibs = []
while a < 1000:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
balance, rate, years = 1000.0, 0.05, 0
while balance < 2000:
    balance *= 1 + rate
    years += 1
print(years, round(balance, 4))
stack = [1]
visited = []
while stack:
    node = stack.pop()
    if node > 20:
        continue
    visited.append(node)
    stack.extend([node * 2 + 1, node * 2])
print(visited)
x = 1.0
iters = 0
while abs(x * x - 2) > 1e-15 and iters < 100:
    x = (x + 2 / x) / 2
    iters += 1
print(x, iters)
count = 0
while True:
    count += 1
    if count ** 2 > 200:
        break
print("first square > 200:", count, count ** 2)
q = list(range(10))
while q and q[0] < 5:
    q.pop(0)
print(q)
i = 10
while i:
    i -= 3 if i > 3 else i
print("i", i)
