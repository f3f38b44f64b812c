s = slice(2, 10, 2)
data = list(range(20))
print(s, data[s], s.start, s.stop, s.step)
print(slice(5), slice(5).start, slice(5).stop, slice(1, 2), slice(None))
print(data[slice(None, None, -4)], data[slice(-5, None)], "abcdef"[slice(1, -1)])
print(slice(1, 10, 3).indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(6))
print(s == slice(2, 10, 2), s == slice(2, 10), repr(slice(1, "a", None)))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1], rec[1:2], rec[::3], rec[1:2, 3], rec[..., 1], rec["k"], rec[:, :])
print(type(rec[1:2]).__name__, rec[::].start, rec[-1:].start)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
            out = [row[c] if isinstance(c, slice) else [row[c]] for row in rows]
            return out
        return self.rows[key]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[0], m[1, 2], m[:, 0], m[0:2, 1:], m[::2, ::2], m[-1, ::-1])
win = [slice(i, i + 3) for i in range(0, 9, 3)]
print([data[w] for w in win])
lst = list(range(10))
lst[slice(0, 4)] = ["a"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
print("hello world"[slice(6, None)], (1, 2, 3, 4)[slice(1, 3)], range(10)[slice(2, 6)])
print(Ellipsis, ... is Ellipsis, type(...).__name__)
