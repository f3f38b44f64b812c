def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)
i = 0
while True:
    i += 1
    if i > 4:
        break
else:
    print("never printed")
print("broke at", i)
total = 0
for k in range(10):
    if k % 2:
        continue
    total += k
print("even total", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for x in []:
    print("no")
else:
    print("empty for-else runs")
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
    if outer_done:
        break
print("stopped at", a, b)
