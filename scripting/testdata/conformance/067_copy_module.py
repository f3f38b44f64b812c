import copy
orig = {"a": [1, 2], "b": {"c": [3, 4]}, "t": (5, [6])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow["a"].append(99)
deep["b"]["c"].append(100)
print(orig)
print(shallow)
print(deep)
print(shallow["a"] is orig["a"], deep["a"] is orig["a"], deep["t"][1] is orig["t"][1])
lst = [[0] * 2] * 2
dl = copy.deepcopy(lst)
dl[0][0] = 1
print(dl, dl[0] is dl[1])
class Particle:
    def __init__(self, pos, tags):
        self.pos = pos
        self.tags = tags
    def __repr__(self):
        return "Particle(%r, %r)" % (self.pos, sorted(self.tags))
p = Particle([0.0, 1.0], {"fast"})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.pos[0] = 9.9
p.tags.add("hot")
print(p, p2, p3)
print(type(p3).__name__, p3 is p, p2.pos is p.pos)
class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {}
    def __copy__(self):
        c = Custom(self.v)
        return c
    def __repr__(self):
        return "Custom(%r, cache=%r)" % (self.v, self.cache)
c = Custom([1])
c.cache["x"] = 1
print(copy.copy(c), c)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is cyc, len(dc))
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
shared = [1]
container = [shared, shared]
dcont = copy.deepcopy(container)
print(dcont[0] is dcont[1], dcont[0] is shared)
lst2 = [1, [2, 3]]
sl = lst2[:]
sl[1].append(4)
print(lst2, list(lst2) is lst2)
