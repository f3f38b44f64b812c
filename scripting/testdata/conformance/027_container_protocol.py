class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        i, j = key
        if not (0 <= i < self.h and 0 <= j < self.w):
            raise IndexError("cell out of range")
        return self.cells[i * self.w + j]
    def __setitem__(self, key, value):
        i, j = key
        self.cells[i * self.w + j] = value
    def __delitem__(self, key):
        self[key] = 0
    def __contains__(self, value):
        return value in self.cells
    def __iter__(self):
        for i in range(self.h):
            yield [self[i, j] for j in range(self.w)]
    def __repr__(self):
        return "Grid(%dx%d)" % (self.w, self.h)

g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g, len(g), g[0, 1], 5 in g, 6 in g)
for row in g:
    print(row)
del g[0, 1]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 30 in s, 35 in s)
for v in s:
    print("seq", v, end=" ")
print()

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return [i * i for i in range(*idx.indices(self.n))]
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError("index out of range")
        return idx * idx
    def __len__(self):
        return self.n
sq = Squares(10)
print(sq[3], sq[-1], sq[2:8:2], sq[::-3], len(sq))
print(sorted(sq, reverse=True)[:3], list(reversed(sq))[:3])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), not Empty())
