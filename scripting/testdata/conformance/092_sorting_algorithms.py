import random
def bubble(a):
    a = a[:]
    swaps = 0
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def counting(a, hi):
    c = [0] * (hi + 1)
    for x in a:
        c[x] += 1
    return [i for i, n in enumerate(c) for _ in range(n)]
random.seed(8)
data = [random.randint(0, 50) for _ in range(25)]
print(data)
b, swaps = bubble(data)
print(b, swaps)
print(insertion(data) == b, merge_sort(data) == b, quick(data) == b, counting(data, 50) == b, sorted(data) == b)
big = [random.random() for _ in range(2000)]
print(merge_sort(big) == sorted(big), quick(big)[:2] == sorted(big)[:2])
words = "delta alpha charlie bravo echo alpha".split()
print(merge_sort(words), quick(words))
def kth_smallest(a, k):
    return quick(a)[k]
print([kth_smallest(data, k) for k in (0, 5, 12, 24)])
inv = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] > data[j])
print("inversions", inv, inv == swaps)
print(merge_sort([]), quick([1]), insertion([2, 1]), bubble([3, 2, 1]))
