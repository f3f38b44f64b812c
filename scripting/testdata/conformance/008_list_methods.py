a = [5, 3, 8]
a.append(1)
a.extend([7, 7])
a.insert(0, 10)
a.insert(-1, 99)
a.insert(100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(7)
print(a)
try:
    a.remove(12345)
except ValueError as e:
    print("ValueError:", e)
a.reverse()
print(a)
a.sort()
print(a, a.index(a[-1]))
b = a.copy()
b.clear()
print(a, b)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(grid, alias)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(len([]), bool([]), bool([0]), list("abc"), list((1, 2)))
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
m = [1, [2, [3, [4]]]]
print(m[1][1][1][0], m)
stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
print(list(map(str, [1, 2])), sum([[1], [2, 3]], []))
print(max([3, 9, 2]), min([3, 9, 2]), sorted([3, 9, 2], reverse=True))
