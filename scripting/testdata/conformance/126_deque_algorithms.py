from collections import deque
def sliding_max(nums, k):
    dq, out = deque(), []
    for i, v in enumerate(nums):
        while dq and nums[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3), sliding_max([9, 8, 7, 6], 2))
def josephus(n, k):
    d = deque(range(1, n + 1))
    order = []
    while d:
        d.rotate(-(k - 1))
        order.append(d.popleft())
    return order
print(josephus(7, 3), josephus(10, 2)[-1], josephus(41, 3)[-1])
def palindrome(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print([palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw"]])
tail = deque(maxlen=3)
for line in ["l1", "l2", "l3", "l4", "l5"]:
    tail.append(line)
print(list(tail))
d = deque([1, 2, 3, 4, 5])
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d[2], d[-2])
d[0] = 100
print(d, d.maxlen)
d.insert(2, "ins")
print(d, len(d))
print(deque(reversed(d)), list(d) == list(deque(d)))
hist = deque([0] * 5, maxlen=5)
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    hist.append(v)
    print(list(hist), sum(hist))
