class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), 3 in ll, 9 in ll, ll[0], ll[-1])
ll.push(0)
print(ll, ll.pop(), ll.pop(), ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(empty, len(empty), bool(empty), bool(ll))
big = LinkedList(range(100))
print(len(big), big[50], max(big), [x for x in big if x % 25 == 0])
words = LinkedList("the quick brown fox".split())
print(words, " ".join(w.upper() for w in words))
