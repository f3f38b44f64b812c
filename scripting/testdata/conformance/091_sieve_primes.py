def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(ps)
print(len(sieve(10000)), sum(sieve(1000)), sieve(10000)[-5:])
def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in [2, 12, 97, 360, 1001, 2 ** 10 * 3 ** 5, 600851475143, 2 ** 31 - 1]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins)
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.count(2), gaps.count(4))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([n for n in range(90, 130) if is_prime(n)])
def miller_rabin(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([miller_rabin(n) for n in [2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 561, 1000000007]])
goldbach = {n: next((p, n - p) for p in ps if is_prime(n - p)) for n in range(4, 40, 6)}
print(goldbach)
