import copy
class Cell:
    def __init__(self, value, neighbors=None):
        self.value = value
        self.neighbors = neighbors if neighbors is not None else []
    def __repr__(self):
        return "Cell(%r, n=%d)" % (self.value, len(self.neighbors))
a, b, c = Cell(1), Cell(2), Cell(3)
a.neighbors = [b, c]
b.neighbors = [a]
c.neighbors = [a, b]
grid = {"cells": [a, b, c], "meta": {"size": 3, "tags": ["x"]}}
g2 = copy.deepcopy(grid)
g2["cells"][0].value = 100
g2["meta"]["tags"].append("y")
print(grid["cells"], grid["meta"])
print(g2["cells"], g2["meta"])
print(g2["cells"][1].neighbors[0] is g2["cells"][0], g2["cells"][1].neighbors[0] is a)
g3 = copy.copy(grid)
g3["meta"]["size"] = 99
print(grid["meta"]["size"], g3["cells"] is grid["cells"])
class State:
    def __init__(self):
        self.history = []
        self.pos = [0, 0]
    def move(self, dx, dy):
        self.history.append(tuple(self.pos))
        self.pos[0] += dx
        self.pos[1] += dy
        return self
    def __repr__(self):
        return "State(pos=%r, hist=%r)" % (self.pos, self.history)
s1 = State().move(1, 0).move(0, 2)
snap = copy.deepcopy(s1)
s1.move(5, 5)
print(s1)
print(snap)
shallow = copy.copy(s1)
shallow.pos[0] = -1
print(s1.pos, shallow.pos is s1.pos)
m = [[1, 2], [3, 4]]
for name, cp in [("slice", m[:]), ("list", list(m)), ("copy", copy.copy(m)), ("deep", copy.deepcopy(m))]:
    cp[0][0] = name
    print(name, m[0][0], cp[0][0])
    m[0][0] = 1
nested = {"a": [{"b": {1, 2}}, (3, [4])]}
dn = copy.deepcopy(nested)
dn["a"][0]["b"].add(5)
dn["a"][1][1].append(6)
print(nested, sorted(dn["a"][0]["b"]), dn["a"][1])
