from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(list(d), 7 in d, d.count(7), d.index(8))
d.remove(7)
print(d)
d.reverse()
print(d)
hist = deque(maxlen=3)
for i in range(6):
    hist.append(i)
    print(list(hist))
print(hist, hist.maxlen)
hist.appendleft(99)
print(hist)
window = deque(maxlen=4)
avgs = []
for v in [2, 4, 6, 8, 10, 12, 14]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
q = deque()
q.append("a"); q.append("b"); q.append("c")
order = []
while q:
    order.append(q.popleft())
print(order, deque("abc"), deque(range(3), maxlen=2))
d2 = deque([1, 2, 3])
d2.clear()
print(d2, bool(d2), deque([1]) == deque([1]))
