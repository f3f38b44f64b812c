class BST:
    class _Node:
        __slots__ = ("key", "left", "right", "count")
        def __init__(self, key):
            self.key, self.left, self.right, self.count = key, None, None, 1
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key):
        self.n += 1
        if self.root is None:
            self.root = self._Node(key)
            return
        node = self.root
        while True:
            if key == node.key:
                node.count += 1
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                return
            node = child
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                for _ in range(n.count):
                    yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(t.inorder())
print(t.height(), t.n, 65 in t, 66 in t)
for lvl in t.levels():
    print(lvl)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
chain = BST()
for i in range(10):
    chain.insert(i)
print(chain.height(), chain.levels()[-1])
